namespace CrossBorder.Scorecards;

/// <summary>A Net Promoter Score and its counts.</summary>
/// <param name="Promoters">Scores of 9 or 10.</param>
/// <param name="Passives">Scores of 7 or 8.</param>
/// <param name="Detractors">Scores of 0 to 6.</param>
/// <param name="Score">% promoters − % detractors, −100 to +100, unrounded.</param>
public sealed record NetPromoterResult(int Promoters, int Passives, int Detractors, decimal Score)
{
    /// <summary>The responses counted.</summary>
    public int Responses => Promoters + Passives + Detractors;
}

/// <summary>The Net Promoter Score: % promoters (9–10) − % detractors (0–6) of 0–10 survey answers.</summary>
public static class NetPromoterScore
{
    /// <summary>Scores the answers.</summary>
    /// <exception cref="ArgumentException">No answers, or an answer outside 0–10.</exception>
    public static NetPromoterResult From(ReadOnlySpan<int> scores)
    {
        if (scores.IsEmpty)
        {
            throw new ArgumentException("No answers to score.", nameof(scores));
        }

        int promoters = 0, passives = 0, detractors = 0;
        for (var i = 0; i < scores.Length; i++)
        {
            switch (scores[i])
            {
                case >= 9 and <= 10: promoters++; break;
                case >= 7 and <= 8: passives++; break;
                case >= 0 and <= 6: detractors++; break;
                default: throw new ArgumentOutOfRangeException(nameof(scores), scores[i], $"Answer {i} is outside 0–10.");
            }
        }

        return new(promoters, passives, detractors, 100m * (promoters - detractors) / scores.Length);
    }
}
