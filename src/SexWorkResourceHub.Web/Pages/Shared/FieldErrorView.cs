namespace SexWorkResourceHub.Web.Pages.Shared;

/// <summary>An error shown beside a form field; the field points at <see cref="Id"/> with aria-describedby.</summary>
public sealed record FieldErrorView(string Id, string? Message);
