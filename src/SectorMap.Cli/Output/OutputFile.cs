namespace SectorMap.Cli.Output;

/// <summary>
/// Where a command's document goes: stdout, or a file written beside its target and moved into
/// place, so that a failure never leaves half a file behind.
/// </summary>
internal static class OutputFile
{
    public static async Task WriteAsync(CliContext context, string? path, Action<Stream> write, CancellationToken cancellationToken)
    {
        if (path is null || path == "-")
        {
            using var buffer = new MemoryStream();
            write(buffer);
            await context.Out.WriteAsync(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
            return;
        }

        var temporary = path + ".partial";
        try
        {
            await using (var file = File.Create(temporary))
            {
                write(file);
                await file.FlushAsync(cancellationToken);
            }

            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }

            throw new UsageException($"cannot write {path}: {ex.Message}", ex);
        }
    }
}
