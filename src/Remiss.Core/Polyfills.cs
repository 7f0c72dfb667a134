#if NETSTANDARD2_0
// Lets records and init-only setters compile for netstandard2.0 (the source generator's target).
namespace System.Runtime.CompilerServices
{
    internal static class IsExternalInit
    {
    }
}
#endif
