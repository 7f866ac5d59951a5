using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace Iljari.Web.Infrastructure;

/// <summary>Model-binding messages ("숫자를 입력해 주세요") in Korean instead of the framework's English.</summary>
public static class KoreanModelBinding
{
    public static void Apply(DefaultModelBindingMessageProvider m)
    {
        m.SetValueMustBeANumberAccessor(_ => "숫자를 입력해 주세요.");
        m.SetAttemptedValueIsInvalidAccessor((value, _) => $"‘{Short(value)}’은(는) 올바른 값이 아닙니다. 숫자나 날짜 형식을 확인해 주세요.");
        m.SetValueIsInvalidAccessor(value => $"‘{Short(value)}’은(는) 올바른 값이 아닙니다.");
        m.SetMissingBindRequiredValueAccessor(_ => "값을 입력해 주세요.");
        m.SetMissingKeyOrValueAccessor(() => "값을 입력해 주세요.");
        m.SetMissingRequestBodyRequiredValueAccessor(() => "요청 내용이 비어 있습니다.");
        m.SetValueMustNotBeNullAccessor(_ => "값을 입력해 주세요.");
        m.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"‘{Short(value)}’은(는) 올바른 값이 아닙니다.");
        m.SetNonPropertyUnknownValueIsInvalidAccessor(() => "올바른 값이 아닙니다.");
        m.SetUnknownValueIsInvalidAccessor(_ => "올바른 값이 아닙니다.");
        m.SetNonPropertyValueMustBeANumberAccessor(() => "숫자를 입력해 주세요.");
    }

    /// <summary>The message quotes what was typed, but not 100 KB of it.</summary>
    private static string Short(string? value) => value is { Length: > 40 } ? value[..40] + "…" : value ?? "";
}
