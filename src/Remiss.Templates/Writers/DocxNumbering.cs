using System.Xml;

namespace Remiss.Templates.Writers;

/// <summary>
/// Real Word lists: one abstract definition for bullets and one for decimal numbers, and a separate
/// <c>w:num</c> per Markdown list so each numbered list restarts at its own start (<c>startOverride</c>).
/// </summary>
internal sealed class DocxNumbering : Reading.IListFormats
{
    private const int BulletAbstractId = 1;
    private const int DecimalAbstractId = 2;
    private const int Levels = 9;
    private static readonly string[] Bullets = ["•", "–", "▪"];
    private readonly List<(bool Ordered, int Level, int Start)> _lists = [];

    /// <summary>
    /// The label Word shows for item <paramref name="number"/> of a list at <paramref name="level"/> (the PDF draws the
    /// same): <c>3.</c> in a numbered list, else the level's bullet.
    /// </summary>
    internal static string Label(bool ordered, int level, int number) =>
        ordered ? number.ToString(System.Globalization.CultureInfo.InvariantCulture) + "." : Bullets[level % Bullets.Length];

    /// <summary>Where an item's text starts at <paramref name="level"/> (twips from the margin); its label hangs <see cref="HangingTwips"/> before it.</summary>
    internal static int IndentTwips(int level) => 720 * (level + 1);

    /// <summary>How far a list label hangs before the item's text (twips).</summary>
    internal const int HangingTwips = 360;

    /// <summary>A new list instance; returns its <c>numId</c>.</summary>
    public int NewList(bool ordered, int level, int start)
    {
        _lists.Add((ordered, level, start));
        return _lists.Count;
    }

    /// <summary>A list's level as the numbering part writes it, so the reader can read the writer's lists without the part.</summary>
    public Reading.ListLevel? Level(int numId, int level)
    {
        if (numId < 1 || numId > _lists.Count)
        {
            return null;
        }

        var (ordered, listLevel, start) = _lists[numId - 1];
        return new Reading.ListLevel(ordered, ordered && level == listLevel ? start : 1);
    }

    /// <summary>True when at least one list was written (the part is only added then).</summary>
    public bool HasLists => _lists.Count > 0;

    /// <summary>Writes <c>word/numbering.xml</c>.</summary>
    public void Write(DocxPackage package)
    {
        using var xml = package.CreateXml(DocxPart.Numbering.Name);
        xml.Start("numbering");
        Abstract(xml, BulletAbstractId, ordered: false);
        Abstract(xml, DecimalAbstractId, ordered: true);
        for (var i = 0; i < _lists.Count; i++)
        {
            var (ordered, level, start) = _lists[i];
            xml.Start("num");
            xml.Attribute("numId", i + 1);
            xml.Val("abstractNumId", ordered ? DecimalAbstractId : BulletAbstractId);
            if (ordered)
            {
                xml.Start("lvlOverride");
                xml.Attribute("ilvl", level);
                xml.Val("startOverride", start);
                xml.End();
            }

            xml.End();
        }

        xml.End();
    }

    private static void Abstract(XmlWriter xml, int id, bool ordered)
    {
        xml.Start("abstractNum");
        xml.Attribute("abstractNumId", id);
        xml.Val("multiLevelType", "hybridMultilevel");
        for (var level = 0; level < Levels; level++)
        {
            xml.Start("lvl");
            xml.Attribute("ilvl", level);
            xml.Val("start", 1);
            xml.Val("numFmt", ordered ? "decimal" : "bullet");
            xml.Val("lvlText", ordered ? $"%{level + 1}." : Bullets[level % Bullets.Length]);
            xml.Val("lvlJc", "left");
            xml.Start("pPr");
            xml.Start("ind");
            xml.Attribute("left", IndentTwips(level));
            xml.Attribute("hanging", HangingTwips);
            xml.End();
            xml.End();
            if (!ordered)
            {
                xml.Start("rPr");
                xml.Start("rFonts");
                xml.Attribute("ascii", "Arial");
                xml.Attribute("hAnsi", "Arial");
                xml.Attribute("hint", "default");
                xml.End();
                xml.End();
            }

            xml.End();
        }

        xml.End();
    }
}
