using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Remiss.Benchmarks.Baseline;

/// <summary>
/// Real Word lists: one abstract definition for bullets and one for decimal numbers, and a separate
/// <c>w:num</c> per Markdown list so each numbered list restarts at its own start (<c>startOverride</c>).
/// </summary>
internal sealed class BaselineDocxNumbering
{
    private const int BulletAbstractId = 1;
    private const int DecimalAbstractId = 2;
    private const int Levels = 9;
    private readonly List<NumberingInstance> _instances = [];

    /// <summary>A new list instance; returns its <c>numId</c>.</summary>
    public int NewList(bool ordered, int level, int start)
    {
        var numId = _instances.Count + 1;
        var instance = new NumberingInstance(new AbstractNumId { Val = ordered ? DecimalAbstractId : BulletAbstractId }) { NumberID = numId };
        if (ordered)
        {
            instance.Append(new LevelOverride(new StartOverrideNumberingValue { Val = start }) { LevelIndex = level });
        }

        _instances.Add(instance);
        return numId;
    }

    /// <summary>True when at least one list was written (the part is only added then).</summary>
    public bool HasLists => _instances.Count > 0;

    /// <summary>The numbering part's root element.</summary>
    public Numbering Build()
    {
        var numbering = new Numbering();
        numbering.Append(Abstract(BulletAbstractId, ordered: false));
        numbering.Append(Abstract(DecimalAbstractId, ordered: true));
        foreach (var instance in _instances)
        {
            numbering.Append(instance);
        }

        return numbering;
    }

    private static AbstractNum Abstract(int id, bool ordered)
    {
        var abstractNum = new AbstractNum(new MultiLevelType { Val = MultiLevelValues.HybridMultilevel }) { AbstractNumberId = id };
        string[] bullets = ["•", "–", "▪"];
        for (var level = 0; level < Levels; level++)
        {
            var indent = 720 * (level + 1);
            var lvl = new Level(
                new StartNumberingValue { Val = 1 },
                new NumberingFormat { Val = ordered ? NumberFormatValues.Decimal : NumberFormatValues.Bullet },
                new LevelText { Val = ordered ? $"%{level + 1}." : bullets[level % bullets.Length] },
                new LevelJustification { Val = LevelJustificationValues.Left },
                new PreviousParagraphProperties(new Indentation { Left = indent.ToString(System.Globalization.CultureInfo.InvariantCulture), Hanging = "360" }))
            { LevelIndex = level };
            if (!ordered)
            {
                lvl.Append(new NumberingSymbolRunProperties(new RunFonts { Ascii = "Arial", HighAnsi = "Arial", Hint = FontTypeHintValues.Default }));
            }

            abstractNum.Append(lvl);
        }

        return abstractNum;
    }
}
