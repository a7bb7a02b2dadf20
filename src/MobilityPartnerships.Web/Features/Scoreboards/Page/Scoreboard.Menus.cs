using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace MobilityPartnerships.Web.Features.Scoreboards.Page;

/// <summary>The scoreboard's columns and export menus: which is open, and its keys (arrows, Home, End, Escape).</summary>
public sealed partial class Scoreboard
{
    private enum OpenMenu
    {
        None,
        Columns,
        Export,
    }

    /// <summary>The menu open, if any; its items (at most one per column) and the one with the focus, for the arrow keys.</summary>
    private OpenMenu menu;
    private readonly ElementReference[] menuItems = new ElementReference[Enum.GetValues<ScoreboardColumn>().Length];
    private int focusedItem;
    private bool focusFirstItem;
    private ElementReference columnsButton;
    private ElementReference exportButton;

    private void ToggleMenu(OpenMenu which)
    {
        menu = menu == which ? OpenMenu.None : which;
        focusedItem = 0;
        focusFirstItem = menu != OpenMenu.None;
    }

    private async Task CloseMenuAsync()
    {
        var button = menu == OpenMenu.Columns ? columnsButton : exportButton;
        menu = OpenMenu.None;
        StateHasChanged();
        await button.FocusAsync();
    }

    /// <summary>A menu's keys: the arrows, Home and End move between its items, Escape closes it and goes back to its button.</summary>
    private async Task MenuKeyAsync(KeyboardEventArgs key, int count)
    {
        var next = key.Key switch
        {
            "ArrowDown" => (focusedItem + 1) % count,
            "ArrowUp" => (focusedItem + count - 1) % count,
            "Home" => 0,
            "End" => count - 1,
            _ => -1,
        };
        if (key.Key == "Escape")
        {
            await CloseMenuAsync();
        }
        else if (next >= 0)
        {
            focusedItem = next;
            await menuItems[next].FocusAsync();
        }
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (focusFirstItem)
        {
            focusFirstItem = false;
            await menuItems[0].FocusAsync();
        }
    }
}
