namespace SexWorkResourceHub.Web.Data.Entities;

/// <summary>Records when it was created and last changed (set by <see cref="HubDbContext"/> on save).</summary>
public interface ITracked
{
    DateTime CreatedAt { get; set; }

    DateTime UpdatedAt { get; set; }
}

/// <summary>Deleted by stamping <see cref="DeletedAt"/>, so an editor can restore it. The store's <c>Resources</c> and <c>Events</c> leave deleted records out; <c>AllResources</c> and <c>AllEvents</c> hold them too.</summary>
public interface ISoftDeletable
{
    DateTime? DeletedAt { get; set; }
}

/// <summary>A record editors manage in the editors' area: found by id, addressed by slug, deleted softly.</summary>
public interface IEditableRecord : ITracked, ISoftDeletable
{
    int Id { get; }

    string Slug { get; }

    /// <summary>
    /// One more on every save that changes the record (<see cref="RecordVersionInterceptor"/>). A form
    /// carries the version it was opened at, and a save from an older version is refused, so one
    /// editor's save never silently undoes another's.
    /// </summary>
    int Version { get; set; }
}
