namespace MobilityPartnerships.Domain.Pillars;

/// <summary>
/// The areas of the Global Approach to Migration: the three of the 2009 documents and international
/// protection and asylum, added by the 2011 renewal.
/// </summary>
public enum Pillar
{
    LegalMigration,
    MigrationAndDevelopment,
    IllegalMigration,
    InternationalProtectionAndAsylum,
}
