namespace DigitalStrategy.Benchmarks.Compare.Hugo;

/// <summary>
/// The minimal Hugo layout the comparison builds with: the frame of every page and one template per
/// page kind, showing the information our pages of that kind show (see HugoSiteExporter for what
/// is and is not equivalent). Written as Hugo 0.111 reads them: layouts/_default/baseof.html with a
/// "main" block, type-specific single and list templates chosen by the content's <c>type</c>.
/// </summary>
public static partial class HugoLayout
{
    /// <summary>Each template's path under layouts/ and its text.</summary>
    public static IReadOnlyList<(string Path, string Text)> Files =>
    [
        ("_default/baseof.html", BaseOf),
        ("_default/single.html", Chapter),
        ("_default/list.html", List),
        ("_default/taxonomy.html", Taxonomy),
        ("_default/term.html", Term),
        ("index.html", Home),
        ("404.html", NotFound),
        ("municipality/list.html", Municipality),
        ("strategy/list.html", Strategy),
        ("focusarea/single.html", FocusArea),
        ("goal/single.html", Goal),
        ("appendix/single.html", Appendix),
        ("partials/action.html", Action),
        ("partials/related.html", Related),
    ];

    public static void Write(string hugoFolder)
    {
        foreach (var (path, text) in Files)
        {
            var file = Path.Combine(hugoFolder, "layouts", path);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, text);
        }
    }

    /// <summary>Like ours: head with title and the stylesheet, skip link, header, breadcrumbs, main and the footer's links.</summary>
    private const string BaseOf = """
        <!DOCTYPE html>
        <html lang="da">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{ if .IsHome }}{{ site.Title }}{{ else }}{{ .Title }} – {{ site.Title }}{{ end }}</title>
        {{ with .Description }}<meta name="description" content="{{ . }}">{{ end }}
        <link rel="canonical" href="{{ .Permalink }}">
        <link rel="stylesheet" href="/assets/site.css">
        </head>
        <body>
        <a class="skip-link" href="#indhold">Gå til indholdet</a>
        <header class="site-header" id="top"><div class="wrap header-bar"><a class="site-name" href="/">{{ site.Title }}</a></div></header>
        {{ if not .IsHome }}<nav class="breadcrumbs wrap" aria-label="Du er her"><ol>
        {{ range .Ancestors.Reverse }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>
        {{ end }}<li aria-current="page">{{ .LinkTitle }}</li></ol></nav>{{ end }}
        <main id="indhold" class="wrap" tabindex="-1">
        {{ block "main" . }}{{ end }}
        </main>
        <footer class="site-footer"><div class="wrap">
        <p>{{ site.Title }}{{ with site.Params.publisher }} · {{ . }}{{ end }}</p>
        <nav aria-label="Sidefod"><ul>
        <li><a href="/">Alle kommuner og strategier</a></li>
        <li><a href="/temaer/">Temaer</a></li>
        <li><a href="/soeg/">Søg</a></li>
        <li><a href="/oversigt/">Oversigt over siden</a></li>
        <li><a href="/data/">Åbne data</a></li>
        <li><a href="/tilgaengelighedserklaering/">Tilgængelighedserklæring</a></li>
        </ul></nav>
        </div></footer>
        </body>
        </html>

        """;

    /// <summary>A chapter: its Markdown body and the way to the chapters before and after it.</summary>
    private const string Chapter = """
        {{ define "main" }}
        <article><h1>{{ .Title }}</h1><div class="prose">{{ .Content }}</div></article>
        {{ $chapters := where .CurrentSection.RegularPages "Type" "chapter" }}
        <nav class="pager" aria-label="Kapitler">
        {{ with $chapters.Prev . }}<a rel="prev" href="{{ .RelPermalink }}"><span class="pager-label">Forrige kapitel</span> {{ .Title }}</a>{{ end }}
        {{ with $chapters.Next . }}<a rel="next" href="{{ .RelPermalink }}"><span class="pager-label">Næste kapitel</span> {{ .Title }}</a>{{ end }}
        </nav>
        {{ end }}

        """;

    /// <summary>Not used by the exported content (every section has a type); Hugo wants a fallback.</summary>
    private const string List = """
        {{ define "main" }}
        <h1>{{ .Title }}</h1>{{ .Content }}
        <ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>
        {{ end }}

        """;

    /// <summary>The themes page: every theme with its description and how many goals have it.</summary>
    private const string Taxonomy = """
        {{ define "main" }}
        <h1>{{ .Title }}</h1>
        <p>Se, hvordan kommunerne arbejder med det samme tema, side om side.</p>
        <ul class="cards">{{ range .Pages }}
        <li class="card"><h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2>{{ with .Params.description }}<p>{{ . }}</p>{{ end }}<p class="meta">{{ len .Pages }} mål</p></li>
        {{ end }}</ul>
        {{ end }}

        """;

    /// <summary>
    /// A theme across municipalities, like ours: for each municipality and strategy the goals with
    /// the theme and the actions with it, found by going through every goal and action of the site.
    /// </summary>
    private const string Term = """
        {{ define "main" }}
        {{ $id := .Data.Term }}
        <p class="eyebrow"><a href="/temaer/">Tema</a> på tværs af kommuner</p>
        <h1>{{ .Title }}</h1>
        {{ with .Params.description }}<p class="lead">{{ . }}</p>{{ end }}
        <p>Her står hver kommunes mål og handlinger om {{ lower .Title }} side om side, så du kan sammenligne dem.</p>
        <div class="compare">
        {{ range where site.Home.Sections "Type" "municipality" }}
        {{ $municipality := . }}
        {{ $entries := slice }}
        {{ range .Sections }}
        {{ $strategy := . }}
        {{ $goals := where (where .RegularPages "Type" "goal") "Params.temaer" "intersect" (slice $id) }}
        {{ $actions := slice }}
        {{ range where .RegularPages "Type" "in" (slice "focusarea" "appendix") }}
        {{ $page := . }}
        {{ range .Params.actions }}{{ $action := . }}{{ with .themes }}{{ if in . $id }}{{ $actions = $actions | append (dict "action" $action "page" $page) }}{{ end }}{{ end }}{{ end }}
        {{ end }}
        {{ if or $goals $actions }}{{ $entries = $entries | append (dict "strategy" $strategy "goals" $goals "actions" $actions) }}{{ end }}
        {{ end }}
        {{ with $entries }}
        <section class="card compare-column"><h2>{{ $municipality.Title }}</h2>
        {{ range . }}
        <h3><a href="{{ .strategy.RelPermalink }}">{{ .strategy.Title }}</a></h3>
        {{ with .goals }}<h4>Mål ({{ len . }})</h4><ul class="goal-list">{{ range . }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}
        {{ with .actions }}<h4>Handlinger ({{ len . }})</h4><ul class="compact-actions">{{ range . }}
        <li><a href="{{ .page.RelPermalink }}#{{ .action.id }}">{{ .action.text | markdownify | plainify | truncate 110 }}</a>{{ with .page.Params.schoolyear }}<span class="meta"> · skoleåret {{ . }}</span>{{ else }}{{ with .action.timeframe }}<span class="meta"> · {{ . }}</span>{{ end }}{{ end }}</li>
        {{ end }}</ul>{{ end }}
        {{ end }}
        </section>
        {{ end }}
        {{ end }}
        </div>
        <nav class="other-themes" aria-labelledby="andre-temaer"><h2 id="andre-temaer">Andre temaer</h2><ul class="tag-list">
        {{ range (site.GetPage "/temaer").Pages }}{{ if ne .Data.Term $id }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}{{ end }}
        </ul></nav>
        {{ end }}

        """;

    /// <summary>The home page: every municipality with its strategies, and the themes.</summary>
    private const string Home = """
        {{ define "main" }}
        <h1>{{ site.Title }}</h1>
        {{ with site.Params.description }}<p class="lead">{{ . }}</p>{{ end }}
        <h2>Kommuner</h2>
        <ul class="cards">{{ range where .Sections "Type" "municipality" }}
        <li class="card"><h3><a href="{{ .RelPermalink }}">{{ .Title }}</a></h3>
        <ul class="plain">{{ range .Sections }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></li>
        {{ end }}</ul>
        <section aria-labelledby="temaer"><h2 id="temaer">Sammenlign kommunerne</h2>
        <p>Se, hvordan kommunerne arbejder med det samme tema, side om side. <a href="/temaer/">Se alle temaer</a>.</p>
        <ul class="tag-list">{{ range (site.GetPage "/temaer").Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>
        </section>
        {{ end }}

        """;

    private const string NotFound = """
        {{ define "main" }}
        <h1>Siden findes ikke</h1>
        <p>Adressen findes ikke på sitet. Gå til <a href="/">forsiden</a>.</p>
        {{ end }}

        """;
}
