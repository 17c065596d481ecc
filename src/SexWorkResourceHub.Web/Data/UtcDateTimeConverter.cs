using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace SexWorkResourceHub.Web.Data;

/// <summary>Every DateTime in the store is UTC; SQLite keeps text without a kind, so the kind is restored on read.</summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => value.Kind == DateTimeKind.Utc ? value : value.ToUniversalTime(),
    value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
