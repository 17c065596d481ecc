using SexWorkResourceHub.Web.Editors;

namespace SexWorkResourceHub.Tests.Editors;

public sealed class PasswordPolicyTests
{
    [Theory]
    [InlineData("short pass")]
    [InlineData("password1234")]
    [InlineData("Password2024!")]
    [InlineData("123456789012")]
    [InlineData("qwertyuiop12")]
    [InlineData("aaaaaaaaaaaaaaaa")]
    [InlineData("ababababababab")]
    [InlineData("!!!2024sexworkresourcehub")]
    [InlineData("editor.person-2024")]
    public void Weak_or_common_passwords_are_refused(string password)
    {
        Assert.NotNull(PasswordPolicy.Problem(password, "editor.person@example.org"));
    }

    [Theory]
    [InlineData("correct horse battery staple")]
    [InlineData("violet-lantern-orbit-7")]
    [InlineData("mi gato come naranjas")]
    public void Long_uncommon_passwords_are_accepted(string password)
    {
        Assert.Null(PasswordPolicy.Problem(password, "editor@example.org"));
    }

    [Fact]
    public void The_message_says_how_long_a_password_must_be()
    {
        Assert.Contains("at least 12 characters", PasswordPolicy.Problem("tiny", "a@example.org"));
    }
}
