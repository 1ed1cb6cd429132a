using SectorMap.Core.Storage;

namespace SectorMap.Web.Hosting;

/// <summary>
/// <c>GET /api/health</c>: which store is in use and whether it answers, for people and for
/// monitoring. 200 when the store answers, 503 with the reason when it does not.
/// </summary>
public static class HealthEndpoint
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/health", async (IGraphStore store, StoreDescription description, CancellationToken cancellationToken) =>
        {
            try
            {
                var counts = await store.CountAsync(cancellationToken);
                return Results.Ok(new StoreHealth(description.Connection, "answering", counts.Nodes, counts.Relationships, null));
            }
            catch (StoreUnavailableException ex)
            {
                return Results.Json(new StoreHealth(description.Connection, "unavailable", null, null, ex.Message), statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        });
        return app;
    }
}
