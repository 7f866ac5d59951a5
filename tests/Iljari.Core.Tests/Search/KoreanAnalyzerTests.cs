using Iljari.Core.Search;

namespace Iljari.Core.Tests.Search;

public class KoreanAnalyzerTests
{
    private static readonly KoreanAnalyzer Analyzer = new();

    [Theory]
    [InlineData("바리스타를", new[] { "바리", "리스", "스타" })]
    [InlineData("바리스타", new[] { "바리", "리스", "스타" })]
    [InlineData("요양보호사가", new[] { "요양", "양보", "보호", "호사" })]
    [InlineData("서울에서", new[] { "서울" })]
    [InlineData("휴가", new[] { "휴가" })]
    [InlineData("경리", new[] { "경리" })]
    [InlineData("CNC 가공원", new[] { "cnc", "가공", "공원" })]
    [InlineData("C# 개발자의", new[] { "c", "개발", "발자" })]
    public void Hangul_words_lose_trailing_particles_and_become_bigrams(string text, string[] expected) =>
        Assert.Equal(expected, Analyzer.Terms(text));

    [Fact]
    public void Two_syllable_queries_share_a_term_with_the_longer_word()
    {
        Assert.Contains("바리", Analyzer.Terms("바리스타"));
        Assert.Contains("요양", Analyzer.Terms("요양보호사"));
        Assert.Contains("경리", Analyzer.Terms("경리사무원"));
    }

    [Fact]
    public void Hostile_input_is_just_text() =>
        Assert.Equal(["c", "and", "or", "not"], Analyzer.Terms("\"(*?~C++ AND OR NOT:"));
}
