using Remiss.Core.Json;

namespace Remiss.Cli.Output;

/// <summary>The <c>plan --json</c> document: one <see cref="PlanRow"/> per remiss, the shape <c>/api/v1/plan</c> answers with.</summary>
internal sealed record PlanReport(DateOnly Today, IReadOnlyList<PlanRow> Plans);
