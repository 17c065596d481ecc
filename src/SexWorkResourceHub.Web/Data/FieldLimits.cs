namespace SexWorkResourceHub.Web.Data;

/// <summary>Column lengths, shared by the schema, the editors' forms and the seed checker.</summary>
public static class FieldLimits
{
    public const int Slug = 100;
    public const int Name = 200;
    public const int Url = 2000;
    public const int Description = 2000;
    public const int EventDescription = 8000;
    public const int Place = 200;
    public const int Phone = 40;
    public const int Hours = 200;
    public const int TimeZone = 64;
    public const int Email = 254;
    public const int Contact = 300;
    public const int Alert = 200;
    public const int Confidentiality = 1000;
    public const int Fees = 200;
    public const int Interpretation = 200;
    public const int FirstContact = 1000;
    public const int Role = 60;
    public const int Note = 1000;
}
