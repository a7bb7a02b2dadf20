using System.Security.Cryptography;

namespace MobilityPartnerships.Web.Writing;

/// <summary>A short number that a user can quote and that the log carries with the full error.</summary>
public static class ErrorReference
{
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public static string New() => "MP-" + RandomNumberGenerator.GetString(Alphabet, 8);
}
