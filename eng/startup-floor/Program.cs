using System.Globalization;

// What every native program pays before it does anything: the runtime's start, ICU loaded for a Swedish culture,
// the console opened and one line written ("måndag 7 december 2026").
Console.WriteLine(DateTime.Now.ToString("dddd d MMMM yyyy", CultureInfo.GetCultureInfo("sv-SE")));
