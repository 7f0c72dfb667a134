using Microsoft.Extensions.Logging;
using Remiss.Server.Hosting;

namespace Remiss.Server.Tests;

/// <summary>What the officer running <c>remiss serve</c> sees in the terminal when something goes wrong in the server.</summary>
public sealed class TerminalLogTests
{
    [Fact]
    public void An_exception_is_one_line_naming_the_file_with_its_details()
    {
        var terminal = new StringWriter();
        Exception? saved = null;
        using var provider = new TerminalLog(terminal, e =>
        {
            saved = e;
            return "/tmp/remiss/remiss-1.log";
        });
        var failure = Thrown(new InvalidOperationException("Något gick sönder.\nAndra raden."));

        provider.CreateLogger("Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddleware")
            .LogError(failure, "An unhandled exception has occurred while executing the request.");

        Assert.Same(failure, saved);
        Assert.Equal(
            "remiss: fel: An unhandled exception has occurred while executing the request. (InvalidOperationException: Något gick sönder). Detaljer: /tmp/remiss/remiss-1.log" + Environment.NewLine,
            terminal.ToString());
    }

    [Fact]
    public void Information_is_not_shown_and_warnings_are()
    {
        var terminal = new StringWriter();
        using var provider = new TerminalLog(terminal, null);
        var logger = provider.CreateLogger("Test");

        logger.LogInformation("Now listening on: http://127.0.0.1:5080");
        logger.LogWarning("Overriding address(es).");

        Assert.Equal("remiss: varning: Overriding address(es)." + Environment.NewLine, terminal.ToString());
    }

    private static Exception Thrown(Exception exception)
    {
        try
        {
            throw exception;
        }
        catch (Exception e)
        {
            return e;
        }
    }
}
