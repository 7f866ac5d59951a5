using Google.OrTools.Sat;

namespace Iljari.Scheduling;

/// <summary>
/// Writes Boolean variables and constraints straight into a CP-SAT model proto. The object API (LinearExpr, BoolVar)
/// builds and merges expression trees and costs about a second per 100,000 variables, a fifth of the time budget.
/// </summary>
internal sealed class ModelBuilder
{
    private readonly CpModelProto _proto;
    private readonly List<int> _objectiveVars = [];
    private readonly List<long> _objectiveCoeffs = [];

    public ModelBuilder() => _proto = Model.Model;

    public CpModel Model { get; } = new();

    public int NewBool()
    {
        _proto.Variables.Add(new IntegerVariableProto { Domain = { 0, 1 } });
        return _proto.Variables.Count - 1;
    }

    public void AtMostOne(IEnumerable<int> literals) =>
        _proto.Constraints.Add(new ConstraintProto { AtMostOne = new BoolArgumentProto { Literals = { literals } } });

    /// <summary><paramref name="literal"/> can only be true when at least one of <paramref name="reasons"/> is.</summary>
    public void OnlyIfAny(int literal, IEnumerable<int> reasons)
    {
        var clause = new BoolArgumentProto { Literals = { reasons } };
        clause.Literals.Add(-literal - 1); // the negation of variable i is −i−1
        _proto.Constraints.Add(new ConstraintProto { BoolOr = clause });
    }

    /// <summary>At most <paramref name="count"/> of the Booleans are true; left out when it cannot bind.</summary>
    public void AtMost(IReadOnlyCollection<int> variables, long count)
    {
        if (variables.Count <= count) return;
        var linear = new LinearConstraintProto { Vars = { variables }, Domain = { 0, count } };
        linear.Coeffs.AddRange(Enumerable.Repeat(1L, variables.Count));
        _proto.Constraints.Add(new ConstraintProto { Linear = linear });
    }

    public void AddToObjective(int variable, long weight)
    {
        _objectiveVars.Add(variable);
        _objectiveCoeffs.Add(weight);
    }

    /// <summary>Maximise the weighted sum plus a constant. The proto minimises, so this writes the negation with scaling −1.</summary>
    public void Maximize(long constant) =>
        _proto.Objective = new CpObjectiveProto
        {
            Vars = { _objectiveVars },
            Coeffs = { _objectiveCoeffs.Select(c => -c) },
            Offset = -constant,
            ScalingFactor = -1,
        };

    public void Hint(IEnumerable<(int Variable, bool Value)> values)
    {
        var hint = new PartialVariableAssignment();
        foreach (var (variable, value) in values)
        {
            hint.Vars.Add(variable);
            hint.Values.Add(value ? 1 : 0);
        }
        _proto.SolutionHint = hint;
    }
}
