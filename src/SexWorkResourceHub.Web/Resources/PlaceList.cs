namespace SexWorkResourceHub.Web.Resources;

/// <summary>A country the directory can place a resource in, and its states, provinces or regions.</summary>
/// <param name="Code">ISO 3166-1 alpha-2, as stored ("US").</param>
/// <param name="Name">As readers see it ("United States").</param>
/// <param name="InSentence">As a sentence says it ("the United States").</param>
/// <param name="RegionWord">What its regions are called, for labels and messages ("state or territory").</param>
/// <param name="Regions">Its states, provinces or territories, each with its ISO 3166-2 code.</param>
public sealed record Country(string Code, string Name, string InSentence, string RegionWord, IReadOnlyList<Subdivision> Regions);

/// <summary>A state, province or region: its ISO 3166-2 code after the country's ("OR" in US-OR), and its name.</summary>
public sealed record Subdivision(string Code, string Name);

/// <summary>
/// The countries and regions a resource can work in, each with one spelling: resources store the codes,
/// and every page, feed and export shows these names. Fixed here, as <see cref="LanguageList"/> is, rather
/// than taken from the machine's ICU data. A country joins the list with its regions; stored codes need no
/// migration.
/// </summary>
public static partial class PlaceList
{
    public static readonly IReadOnlyList<Country> Countries =
    [
        new("US", "United States", "the United States", "state or territory",
        [
            new("AL", "Alabama"),
            new("AK", "Alaska"),
            new("AZ", "Arizona"),
            new("AR", "Arkansas"),
            new("CA", "California"),
            new("CO", "Colorado"),
            new("CT", "Connecticut"),
            new("DE", "Delaware"),
            new("DC", "District of Columbia"),
            new("FL", "Florida"),
            new("GA", "Georgia"),
            new("HI", "Hawaii"),
            new("ID", "Idaho"),
            new("IL", "Illinois"),
            new("IN", "Indiana"),
            new("IA", "Iowa"),
            new("KS", "Kansas"),
            new("KY", "Kentucky"),
            new("LA", "Louisiana"),
            new("ME", "Maine"),
            new("MD", "Maryland"),
            new("MA", "Massachusetts"),
            new("MI", "Michigan"),
            new("MN", "Minnesota"),
            new("MS", "Mississippi"),
            new("MO", "Missouri"),
            new("MT", "Montana"),
            new("NE", "Nebraska"),
            new("NV", "Nevada"),
            new("NH", "New Hampshire"),
            new("NJ", "New Jersey"),
            new("NM", "New Mexico"),
            new("NY", "New York"),
            new("NC", "North Carolina"),
            new("ND", "North Dakota"),
            new("OH", "Ohio"),
            new("OK", "Oklahoma"),
            new("OR", "Oregon"),
            new("PA", "Pennsylvania"),
            new("RI", "Rhode Island"),
            new("SC", "South Carolina"),
            new("SD", "South Dakota"),
            new("TN", "Tennessee"),
            new("TX", "Texas"),
            new("UT", "Utah"),
            new("VT", "Vermont"),
            new("VA", "Virginia"),
            new("WA", "Washington"),
            new("WV", "West Virginia"),
            new("WI", "Wisconsin"),
            new("WY", "Wyoming"),
            new("AS", "American Samoa"),
            new("GU", "Guam"),
            new("MP", "Northern Mariana Islands"),
            new("PR", "Puerto Rico"),
            new("VI", "U.S. Virgin Islands"),
        ]),
        new("CA", "Canada", "Canada", "province or territory",
        [
            new("AB", "Alberta"),
            new("BC", "British Columbia"),
            new("MB", "Manitoba"),
            new("NB", "New Brunswick"),
            new("NL", "Newfoundland and Labrador"),
            new("NS", "Nova Scotia"),
            new("NT", "Northwest Territories"),
            new("NU", "Nunavut"),
            new("ON", "Ontario"),
            new("PE", "Prince Edward Island"),
            new("QC", "Quebec"),
            new("SK", "Saskatchewan"),
            new("YT", "Yukon"),
        ]),
        new("MX", "Mexico", "Mexico", "state",
        [
            new("AGU", "Aguascalientes"),
            new("BCN", "Baja California"),
            new("BCS", "Baja California Sur"),
            new("CAM", "Campeche"),
            new("CHP", "Chiapas"),
            new("CHH", "Chihuahua"),
            new("CMX", "Ciudad de México"),
            new("COA", "Coahuila"),
            new("COL", "Colima"),
            new("DUR", "Durango"),
            new("GUA", "Guanajuato"),
            new("GRO", "Guerrero"),
            new("HID", "Hidalgo"),
            new("JAL", "Jalisco"),
            new("MEX", "Estado de México"),
            new("MIC", "Michoacán"),
            new("MOR", "Morelos"),
            new("NAY", "Nayarit"),
            new("NLE", "Nuevo León"),
            new("OAX", "Oaxaca"),
            new("PUE", "Puebla"),
            new("QUE", "Querétaro"),
            new("ROO", "Quintana Roo"),
            new("SLP", "San Luis Potosí"),
            new("SIN", "Sinaloa"),
            new("SON", "Sonora"),
            new("TAB", "Tabasco"),
            new("TAM", "Tamaulipas"),
            new("TLA", "Tlaxcala"),
            new("VER", "Veracruz"),
            new("YUC", "Yucatán"),
            new("ZAC", "Zacatecas"),
        ]),
    ];
}
