using System.Diagnostics;

namespace SexWorkResourceHub.Web.Infrastructure.Logging;

/// <summary>
/// Takes no trace context (traceparent, Request-Id, baggage) from a request and sends none on. ASP.NET Core
/// otherwise makes a request's trace id the one its headers name, and that id is on every log line the
/// request writes: a header in the log. The site calls no service that would take part in a trace.
/// </summary>
internal sealed class NoIncomingTraceContext : DistributedContextPropagator
{
    public override IReadOnlyCollection<string> Fields { get; } = [];

    public override void Inject(Activity? activity, object? carrier, PropagatorSetterCallback? setter)
    {
    }

    public override void ExtractTraceIdAndState(object? carrier, PropagatorGetterCallback? getter, out string? traceId, out string? traceState)
    {
        traceId = null;
        traceState = null;
    }

    public override IEnumerable<KeyValuePair<string, string?>>? ExtractBaggage(object? carrier, PropagatorGetterCallback? getter) => null;
}
