using CsCheck;
using Remiss.Core;

namespace Remiss.Core.Tests;

public class PropertyTests
{
    private static Gen<string> Pick(params string[] items) => Gen.Int[0, items.Length - 1].Select(i => items[i]);

    private static readonly Gen<string> Word = Gen.Char["abcdefghijklmnopqrstuvwxyzåäö"].Array[1, 12].Select(c => new string(c));

    // Clause text as a user might type it: words, maybe a leading "att", maybe stray trailing punctuation.
    private static readonly Gen<string> TypedClause =
        Gen.Select(
            Word.Array[1, 6],
            Pick(string.Empty, "att ", "Att "),
            Pick(string.Empty, ".", ";", ", samt", "; samt", " ;", ".;", "  "),
            (words, prefix, suffix) => prefix + string.Join(" ", words) + suffix);

    [Fact]
    public void Every_clause_line_starts_with_att_and_punctuation_follows_the_rule() =>
        TypedClause.List[1, 12].Sample(clauses =>
        {
            var lines = DecisionClauses.Punctuate(clauses);
            Assert.Equal(clauses.Count, lines.Count);
            Assert.All(lines, l => Assert.StartsWith("att ", l));
            Assert.EndsWith(".", lines[^1]);
            Assert.Equal(clauses.Count >= 2 ? 1 : 0, lines.Count(l => l.EndsWith("; samt", StringComparison.Ordinal)));
            if (clauses.Count >= 2)
            {
                Assert.EndsWith("; samt", lines[^2]);
            }

            Assert.All(lines.Take(Math.Max(0, lines.Count - 2)), l => Assert.True(l.EndsWith(';') && !l.EndsWith("; samt", StringComparison.Ordinal)));
            Assert.All(lines, l => Assert.False(l.StartsWith("att att ", StringComparison.OrdinalIgnoreCase)));
        });

    [Fact]
    public void Normalising_twice_changes_nothing() =>
        TypedClause.Sample(clause => Assert.Equal(DecisionClauses.Normalize(clause), DecisionClauses.Normalize(DecisionClauses.Normalize(clause))));

    [Fact]
    public void Punctuating_already_punctuated_lines_gives_the_same_lines() =>
        TypedClause.List[1, 8].Sample(clauses =>
        {
            var once = DecisionClauses.Punctuate(clauses);
            Assert.Equal(once, DecisionClauses.Punctuate(once));
        });

    [Fact]
    public void Intro_names_every_body_once_in_order() =>
        Word.List[1, 6].Sample(path =>
        {
            var intro = DecisionClauses.Intro(path);
            Assert.StartsWith(path[0] + " ", intro);
            Assert.EndsWith(path.Count == 1 ? " beslutar" : path.Count == 2 ? $"{path[1]} beslutar" : " besluta", intro);
            var position = 0;
            foreach (var body in path)
            {
                position = intro.IndexOf(body, position, StringComparison.Ordinal);
                Assert.True(position >= 0);
                position += body.Length;
            }
        });

    [Fact]
    public void Iso_dates_round_trip() =>
        Gen.DateTime[new DateTime(1900, 1, 1), new DateTime(2200, 12, 31)].Sample(dt =>
        {
            var date = CalendarDate.FromDateTime(dt);
            Assert.Equal(date, CalendarDate.ParseIso(date.ToString()));
            Assert.Equal(dt.Date.DayOfWeek, date.DayOfWeek);
        });
}
