using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MobilityPartnerships.Web.Data.Migrations
{
    /// <summary>
    /// An accession cannot come before the joint declaration's signature. The rule spans two tables, so the
    /// database enforces it with triggers rather than a check constraint.
    /// </summary>
    public partial class AccessionAfterSignature : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE FUNCTION check_participant_joined_after_signature() RETURNS trigger
                LANGUAGE plpgsql AS $$
                DECLARE
                    signed date;
                BEGIN
                    SELECT signed_on INTO signed FROM partnerships WHERE id = NEW.partnership_id;
                    IF NEW.basis = 'Accession' AND signed IS NULL THEN
                        RAISE EXCEPTION USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_accession_after_signature', TABLE = 'partnership_participants',
                            MESSAGE = 'Nobody can accede to a joint declaration that has not been signed.';
                    END IF;
                    IF NEW.basis = 'Accession' AND NEW.joined_on < signed THEN
                        RAISE EXCEPTION USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_accession_after_signature', TABLE = 'partnership_participants',
                            MESSAGE = format('An accession on %s cannot come before the signature of the joint declaration on %s.', NEW.joined_on, signed);
                    END IF;
                    IF NEW.basis = 'OriginalSignatory' AND NEW.joined_on IS DISTINCT FROM signed THEN
                        RAISE EXCEPTION USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_original_signatory_signed_on_signature', TABLE = 'partnership_participants',
                            MESSAGE = 'An original signatory signs on the day the joint declaration is signed.';
                    END IF;
                    RETURN NEW;
                END;
                $$;

                CREATE TRIGGER trg_partnership_participants_joined_after_signature
                    BEFORE INSERT OR UPDATE ON partnership_participants
                    FOR EACH ROW EXECUTE FUNCTION check_participant_joined_after_signature();

                CREATE FUNCTION check_signature_before_accessions() RETURNS trigger
                LANGUAGE plpgsql AS $$
                BEGIN
                    IF EXISTS (
                        SELECT 1 FROM partnership_participants
                        WHERE partnership_id = NEW.id AND basis = 'Accession'
                          AND (NEW.signed_on IS NULL OR joined_on < NEW.signed_on)) THEN
                        RAISE EXCEPTION USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_accession_after_signature', TABLE = 'partnerships',
                            MESSAGE = 'The signature of the joint declaration cannot move after an accession.';
                    END IF;
                    RETURN NEW;
                END;
                $$;

                CREATE TRIGGER trg_partnerships_signature_before_accessions
                    BEFORE UPDATE OF signed_on ON partnerships
                    FOR EACH ROW EXECUTE FUNCTION check_signature_before_accessions();
                """);
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER trg_partnerships_signature_before_accessions ON partnerships;
                DROP FUNCTION check_signature_before_accessions();
                DROP TRIGGER trg_partnership_participants_joined_after_signature ON partnership_participants;
                DROP FUNCTION check_participant_joined_after_signature();
                """);
        }
    }
}
