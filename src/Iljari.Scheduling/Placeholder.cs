namespace Iljari.Scheduling;

internal static class Placeholder;
