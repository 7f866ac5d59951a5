namespace Iljari.Core.Domain.Accounts;

/// <summary>
/// 사업자등록번호: 10 digits (3-2-5). The last digit is a check digit computed by the National Tax Service rule:
/// weights 1,3,7,1,3,7,1,3,5 over the first nine digits, plus the tens digit of (9th digit × 5).
/// </summary>
public static class BusinessNumber
{
    private static readonly int[] Weights = [1, 3, 7, 1, 3, 7, 1, 3, 5];

    /// <summary>Digits only ("1234567890"), or null when the input is not 10 digits after removing '-' and spaces.</summary>
    public static string? Normalize(string? input)
    {
        if (string.IsNullOrWhiteSpace(input)) return null;
        var digits = new string(input.Where(c => c is not ('-' or ' ')).ToArray());
        return digits.Length == 10 && digits.All(char.IsAsciiDigit) ? digits : null;
    }

    public static bool IsValid(string? input) => Validate(input) is null;

    /// <summary>A Korean error message, or null when the number is valid.</summary>
    public static string? Validate(string? input)
    {
        if (string.IsNullOrWhiteSpace(input)) return "사업자등록번호를 입력해 주세요.";
        var digits = Normalize(input);
        if (digits is null) return "사업자등록번호는 숫자 10자리입니다(예: 123-45-67890).";
        var d = digits.Select(c => c - '0').ToArray();
        var sum = 0;
        for (var i = 0; i < 9; i++) sum += d[i] * Weights[i];
        sum += d[8] * 5 / 10;
        var check = (10 - sum % 10) % 10;
        return check == d[9] ? null : "유효하지 않은 사업자등록번호입니다. 번호를 다시 확인해 주세요.";
    }

    /// <summary>123-45-67890.</summary>
    public static string Format(string digits) =>
        digits.Length == 10 ? $"{digits[..3]}-{digits[3..5]}-{digits[5..]}" : digits;

    /// <summary>Appends the right check digit to nine digits (used by the demo-data generator).</summary>
    public static string WithCheckDigit(string nineDigits)
    {
        for (var c = 0; c <= 9; c++)
        {
            var candidate = nineDigits + c;
            if (IsValid(candidate)) return candidate;
        }
        throw new ArgumentException("nine digits expected", nameof(nineDigits));
    }
}
