namespace Remiss.Tests.Shared;

/// <summary>The example with the missive's delivery facts added: the department's dnr and where the answer is e-mailed.</summary>
internal static class ExampleDelivery
{
    public const string ReplyTo = "s.remissvar@regeringskansliet.se";

    public const string ReplyCc = "s.fs@regeringskansliet.se";

    public const string DepartmentDnr = "S2024/02145";

    /// <summary><paramref name="exampleText"/> with <c>department_dnr</c>, <c>reply_to</c> and <c>reply_cc</c> after its department line.</summary>
    public static string WithAddresses(string exampleText)
    {
        const string department = "  department: Socialdepartementet\n";
        var text = exampleText.Replace("\r\n", "\n");
        Assert.Contains(department, text);
        return text.Replace(department, department + $"  department_dnr: {DepartmentDnr}\n  reply_to: {ReplyTo}\n  reply_cc: {ReplyCc}\n");
    }

    /// <summary><paramref name="exampleText"/> with <c>response.sent</c> after its signatories (the last lines of the example).</summary>
    public static string WithSent(string exampleText, string date)
    {
        var text = exampleText.Replace("\r\n", "\n");
        const string role = "      role: Ordförande, hälso- och sjukvårdsnämnden\n";
        Assert.EndsWith(role, text);
        return text + $"  sent: {date}\n";
    }
}
