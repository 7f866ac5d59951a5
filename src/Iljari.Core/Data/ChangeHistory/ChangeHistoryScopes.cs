using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Enterprises;
using Iljari.Core.Domain.Guarantees;
using Iljari.Core.Domain.SmeSupport;

namespace Iljari.Core.Data.ChangeHistory;

/// <summary>
/// Which records keep a change history, and the record each change is shown on. Records that already keep their own
/// dated, signed trail are left out: application and difficulty events, stage changes, the guarantee ledger.
/// </summary>
public static class ChangeHistoryScopes
{
    private static readonly Dictionary<Type, Func<object, string>> Scopes = new()
    {
        [typeof(SupportCall)] = e => Scope(nameof(SupportCall), ((SupportCall)e).Id),
        [typeof(SupportReviewer)] = e => Scope(nameof(SupportCall), ((SupportReviewer)e).CallId),
        [typeof(SupportReview)] = e => Scope(nameof(SupportApplication), ((SupportReview)e).ApplicationId),
        [typeof(SocialEnterprise)] = e => Scope(nameof(SocialEnterprise), ((SocialEnterprise)e).Id),
        [typeof(EnterpriseActivity)] = e => Scope(nameof(SocialEnterprise), ((EnterpriseActivity)e).EnterpriseId),
        [typeof(EnterpriseRevenue)] = e => Scope(nameof(SocialEnterprise), ((EnterpriseRevenue)e).EnterpriseId),
        [typeof(EnterpriseHeadcount)] = e => Scope(nameof(SocialEnterprise), ((EnterpriseHeadcount)e).EnterpriseId),
        [typeof(GuaranteeScheme)] = e => Scope(nameof(GuaranteeScheme), ((GuaranteeScheme)e).Id),
        [typeof(Guarantee)] = e => Scope(nameof(Guarantee), ((Guarantee)e).Id),
        [typeof(InterestSupportRound)] = e => Scope(nameof(InterestSupportRound), ((InterestSupportRound)e).Id),
        [typeof(InterestSupportApplication)] = e => Scope(nameof(InterestSupportRound), ((InterestSupportApplication)e).RoundId),
        [typeof(InterestPayment)] = e => Scope(nameof(InterestSupportApplication), ((InterestPayment)e).ApplicationId),
    };

    public static IEnumerable<Type> Types => Scopes.Keys;

    public static bool IsTracked(Type type) => Scopes.ContainsKey(type);

    /// <summary>The scope of <paramref name="entity"/>, read when its keys are final (after the insert for a new record).</summary>
    public static string ScopeOf(object entity) => Scopes[entity.GetType()](entity);

    public static string Scope(string entity, int id) => ChangeRecord.ScopeOf(entity, id);
}
