using Remiss.Core;
using Remiss.Tests.Shared;

namespace Remiss.Core.Tests;

/// <summary>What a remiss page or missive says about delivery, and the page shapes of issue 20.</summary>
public sealed class ReferralPageDeliveryTests
{
    private static ReferralPageResult Read(string file) => ReferralPage.Read(File.ReadAllText(PageFixtures.PathOf(file)), file);

    [Theory]
    [InlineData("01-betankande-2025.txt", "s.remissvar@regeringskansliet.se", "s.registrator@regeringskansliet.se", "Ange diarienummer S2024/02311 och remissinstansens namn i ämnesraden.")]
    [InlineData("28-missiv-wrapped.txt", "s.remissvar@regeringskansliet.se", "s.registrator@regeringskansliet.se", "Ange diarienummer S2024/02145 och remissinstansens namn i ämnesraden på e-postmeddelandet.")]
    [InlineData("53-remitterat-ds-2015.txt", "s.remissvar@regeringskansliet.se", "s.fs@regeringskansliet.se", "Ange diarienumret S2015/07893/FS och remissinstansens namn i ämnesraden på e-postmeddelandet.")]
    [InlineData("54-remitterat-no-remiss-title.md", "s.remissvar@regeringskansliet.se", "s.fs@regeringskansliet.se", null)]
    [InlineData("55-remissvaret-singular-2016.txt", "ju.remissvar@regeringskansliet.se", "ju.l5@regeringskansliet.se", "Ange diarienumret Ju2016/06345/L5 och remissinstansens namn i ämnesraden på e-postmeddelandet.")]
    [InlineData("56-missiv-two-copies.txt", "s.remissvar@regeringskansliet.se", "s.fs@regeringskansliet.se,s.sf@regeringskansliet.se", "Ange diarienumret S2024/02145 och remissinstansens namn i ämnesraden på e-postmeddelandet.")]
    public void Reads_the_reply_address_the_copies_and_the_subject_instruction(string file, string to, string cc, string? subject)
    {
        var page = Read(file);

        Assert.Equal(to, page.ReplyTo?.Value);
        Assert.Equal(cc.Split(','), page.ReplyCc.Select(c => c.Value));
        Assert.Equal(subject, page.SubjectInstruction?.Value);
    }

    [Fact]
    public void A_contact_persons_address_is_not_where_the_answer_goes()
    {
        var page = Read("56-missiv-two-copies.txt");

        Assert.DoesNotContain(page.ReplyCc.Concat([page.ReplyTo!]), a => a.Value.StartsWith("per.nyberg", StringComparison.Ordinal));
        Assert.Equal(19, page.ReplyTo!.Line);
        Assert.Equal(20, page.ReplyCc[1].Line);
    }

    [Fact]
    public void E_post_without_an_address_gives_none()
    {
        var page = Read("02-promemoria-ds.md");

        Assert.Null(page.ReplyTo);
        Assert.Empty(page.ReplyCc);
    }

    [Fact]
    public void The_number_stated_only_in_the_remitted_sentence_under_a_title_without_it()
    {
        var page = ReferralPage.Read(
            "Remiss av promemorian Särskilda satsningar på unga och äldres hälsa\n\nHär kan du ta del av till vilka instanser regeringen har remitterat Ds 2015:59 Särskilda satsningar på unga och äldres hälsa.\n",
            "sida.txt");

        Assert.Equal("Ds 2015:59", page.Number!.Value.Text);
        Assert.Equal(3, page.Number.Line);
        Assert.Equal("Särskilda satsningar på unga och äldres hälsa", page.Title!.Value);
        Assert.Equal(1, page.Title.Line);
        Assert.Equal(ReferralKind.Promemoria, page.Kind!.Value);
    }

    [Fact]
    public void A_remitted_sentence_about_another_document_gives_no_number()
    {
        var page = ReferralPage.Read(
            "Remiss av promemorian Något helt annat\n\nHär kan du ta del av till vilka instanser regeringen har remitterat Ds 2015:59 Särskilda satsningar på unga och äldres hälsa.\n",
            "sida.txt");

        Assert.Null(page.Number);
        Assert.Equal("Något helt annat", page.Title!.Value);
    }

    [Fact]
    public void The_singular_remissvaret_gives_the_deadline_and_the_department()
    {
        var page = ReferralPage.Read("Remissvaret ska ha kommit in till Justitiedepartementet senast den 5 december 2016.", "missiv.txt");

        Assert.Equal(new CalendarDate(2016, 12, 5), page.Deadline!.Value);
        Assert.Equal("Justitiedepartementet", page.Department!.Value);
    }
}
