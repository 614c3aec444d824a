using Bulwark.Casework.Queues;
using Bulwark.Casework.Reviewers;

namespace Bulwark.Casework.Tests.Queues;

public sealed class QueueRoutingTests
{
    [Fact]
    public void Default_priorities_put_known_images_first_and_user_reports_last()
    {
        var routing = new QueueRouting();

        Assert.Equal(
            [QueueRouting.KnownImagesQueue, QueueRouting.SolicitationQueue, QueueRouting.GroomingQueue, QueueRouting.GeneralQueue, QueueRouting.UserReportsQueue, QueueRouting.EscalatedQueue],
            routing.QueueNames());
        Assert.Equal(QueueRouting.GeneralQueue, routing.ForIncident("minor_sexualisation").Queue);
        Assert.Equal(QueueRouting.GeneralQueue, routing.ForIncident(null).Queue);
        Assert.True(routing.ForIncident("known_image_match").Sla < routing.ForIncident("grooming").Sla);
    }

    [Fact]
    public void Routing_and_claim_permissions_are_configurable_per_queue()
    {
        var routing = new QueueRouting
        {
            Categories = { ["minor_image_manipulation"] = new("imagery", 1, TimeSpan.FromHours(2)) },
            ClaimRoles = { ["imagery"] = [ConsoleRoles.Lead] },
        };

        Assert.Equal("imagery", routing.ForIncident("minor_image_manipulation").Queue);
        Assert.False(routing.MayClaim("imagery", role => role == ConsoleRoles.Reviewer));
        Assert.True(routing.MayClaim("imagery", role => role == ConsoleRoles.Lead));
        Assert.False(routing.MayClaim(QueueRouting.EscalatedQueue, role => role == ConsoleRoles.Reviewer));
        Assert.True(routing.MayClaim(QueueRouting.GroomingQueue, role => role == ConsoleRoles.Reviewer));
    }
}
