namespace MobilityPartnerships.Web.Features.Initiatives.Importing.Reading;

/// <summary>
/// What the parts of one workbook may unpack to in all. The bytes are counted as they come out of the decompressor,
/// never taken from the sizes the zip declares, which a crafted file states as it likes.
/// </summary>
internal sealed class InflatedBytes(SpreadsheetLimits limits)
{
    private long total;

    public long Total => total;

    /// <summary>The part's stream, counted: reading past the part's limit or the workbook's throws a <see cref="Refusal"/>.</summary>
    /// <param name="inflating">The decompressing stream of the part.</param>
    /// <param name="part">The part's name, for the message.</param>
    /// <param name="maxPartBytes">What the part may unpack to.</param>
    /// <param name="limit">The limit the message names, when it is not <paramref name="maxPartBytes"/> (a share of a limit in all).</param>
    public Stream Count(Stream inflating, string part, long maxPartBytes, long? limit = null) => new CountedStream(inflating, this, part, maxPartBytes, limit ?? maxPartBytes);

    private void Add(int bytes, string part, long partBytes, long maxPartBytes, long limit)
    {
        total += bytes;
        if (partBytes > maxPartBytes)
        {
            throw new Refusal(ImportMessages.PartTooLarge(part, limit));
        }

        if (total > limits.MaxInflatedBytes)
        {
            throw new Refusal(ImportMessages.InflatedTooLarge(limits.MaxInflatedBytes));
        }
    }

    /// <summary>A read-only stream that counts what it passes on.</summary>
    private sealed class CountedStream(Stream inner, InflatedBytes budget, string part, long maxPartBytes, long limit) : Stream
    {
        private long read;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => read;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var n = inner.Read(buffer);
            Counted(n);
            return n;
        }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var n = await inner.ReadAsync(buffer, cancellationToken);
            Counted(n);
            return n;
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }

        private void Counted(int n)
        {
            read += n;
            budget.Add(n, part, read, maxPartBytes, limit);
        }
    }
}
