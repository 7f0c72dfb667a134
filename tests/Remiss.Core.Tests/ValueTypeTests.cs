using Remiss.Core;

namespace Remiss.Core.Tests;

public class ValueTypeTests
{
    [Theory]
    [InlineData("SOU 2024:72", DocumentSeries.Sou, 2024, 72, "Sou2024_72")]
    [InlineData("Ds 2023:26", DocumentSeries.Ds, 2023, 26, "Ds2023_26")]
    public void Known_document_numbers_parse(string text, DocumentSeries series, int year, int ordinal, string identifier)
    {
        var number = DocumentNumber.Parse(text);
        Assert.Equal((series, year, ordinal), (number.Series, number.Year!.Value, number.Ordinal!.Value));
        Assert.Equal(text, number.ToString());
        Assert.Equal(identifier, number.ToIdentifier());
    }

    [Theory]
    [InlineData("prop. 2023/24:1")]
    [InlineData("SOU 2024")]
    [InlineData("DS 2023:26")]
    public void Other_numbers_are_accepted_as_other_series(string text)
    {
        var number = DocumentNumber.Parse(text);
        Assert.Equal(DocumentSeries.Other, number.Series);
        Assert.Equal(text, number.Text);
    }

    [Theory]
    [InlineData("S2024/02145", "S", 2024, "S2024-02145")]
    [InlineData("N2015/08441/RS", "N", 2015, "N2015-08441-RS")]
    [InlineData("Fi2023/00012", "Fi", 2023, "Fi2023-00012")]
    [InlineData("Fö2024/00100", "Fö", 2024, "Fö2024-00100")]
    public void Department_dnr_parses(string text, string prefix, int year, string fileNamePart)
    {
        var dnr = DepartmentDnr.Parse(text);
        Assert.True(dnr.IsWellFormed);
        Assert.Equal((prefix, year), (dnr.Prefix, dnr.Year!.Value));
        Assert.Equal(fileNamePart, dnr.ToFileNamePart());
    }

    [Theory]
    [InlineData("Socialdepartementet", "S")]
    [InlineData("Klimat- och näringslivsdepartementet", "KN")]
    [InlineData("Utrikesdepartementet", "UD")]
    [InlineData("Näringsdepartementet", null)]
    public void Expected_prefix_per_department(string department, string? prefix) =>
        Assert.Equal(prefix, DepartmentDnr.ExpectedPrefix(department));

    [Theory]
    [InlineData("2025-02-29")]
    [InlineData("2025-13-01")]
    [InlineData("2025-3-1")]
    [InlineData("20250301")]
    [InlineData("")]
    [InlineData("0000-01-01")]
    [InlineData("2025-00-10")]
    [InlineData("2025-01-00")]
    [InlineData("2025-01-32")]
    [InlineData("2025-0a-01")]
    [InlineData("２０２５-01-01")]
    [InlineData("+025-01-01")]
    public void Impossible_or_misshapen_dates_do_not_parse(string text) =>
        Assert.False(CalendarDate.TryParseIso(text, out _));

    [Theory]
    [InlineData("2024-02-29", 2024, 2, 29)]
    [InlineData("0001-01-01", 1, 1, 1)]
    [InlineData("9999-12-31", 9999, 12, 31)]
    [InlineData("2025-03-21", 2025, 3, 21)]
    public void Iso_dates_parse_to_their_day(string text, int year, int month, int day)
    {
        Assert.True(CalendarDate.TryParseIso(text, out var date));
        Assert.Equal(new CalendarDate(year, month, day), date);
    }

    [Fact]
    public void Calendar_date_converts_to_and_from_date_only()
    {
        var date = new CalendarDate(2025, 3, 21);
        DateOnly dateOnly = date;
        Assert.Equal(new DateOnly(2025, 3, 21), dateOnly);
        Assert.Equal(date, (CalendarDate)dateOnly);
    }

    [Theory]
    [InlineData("stärkt-vård 2024", "StarktVard2024")]
    [InlineData("2024 års rapport", "_2024ArsRapport")]
    public void Identifiers_from_text(string text, string expected) => Assert.Equal(expected, Identifiers.FromText(text));
}

public class SchemaNameTests
{
    [Theory]
    [InlineData("betänkande", ReferralKind.Betankande)]
    [InlineData("promemoria", ReferralKind.Promemoria)]
    [InlineData("other", ReferralKind.Other)]
    public void Kind_names_round_trip(string name, ReferralKind kind)
    {
        Assert.Equal(kind, RemissSchema.ParseKind(name));
        Assert.Equal(name, RemissSchema.KindName(kind));
    }

    [Fact]
    public void Every_position_has_a_file_name_that_parses_back()
    {
        foreach (var position in Enum.GetValues<Position>())
        {
            Assert.Equal(position, RemissSchema.ParsePosition(RemissSchema.PositionName(position)));
        }

        Assert.Equal(RemissSchema.PositionValues, Enum.GetValues<Position>().Select(RemissSchema.PositionName));
        Assert.Null(RemissSchema.ParsePosition("support"));
        Assert.Null(RemissSchema.ParseKind("betänkandet"));
    }
}
