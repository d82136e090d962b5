namespace DigitalStrategy.Benchmarks.Compare.Hugo;

/// <summary>The templates of a municipality, a strategy and what a strategy holds.</summary>
public static partial class HugoLayout
{
    /// <summary>A municipality: its description, its strategies with their summaries, its institutions.</summary>
    private const string Municipality = """
        {{ define "main" }}
        <h1>{{ .Title }}</h1>
        <div class="prose">{{ .Content }}</div>
        <h2>Strategier og planer</h2>
        <ul class="cards">{{ range .Sections }}
        <li class="card"><h3><a href="{{ .RelPermalink }}">{{ .Title }}</a></h3>{{ with .Params.summary }}{{ . | markdownify }}{{ end }}</li>
        {{ end }}</ul>
        {{ with .Params.institutions }}<h2>Institutioner</h2><ul class="plain institution-list">{{ range . }}
        <li id="{{ .id }}"><span class="institution-name">{{ .name }}</span>{{ with .description }}<div class="prose">{{ . | markdownify }}</div>{{ end }}</li>
        {{ end }}</ul>{{ end }}
        {{ end }}

        """;

    /// <summary>A strategy: summary, chapters, each focus area with its goals as links, the annual appendices, the evaluation.</summary>
    private const string Strategy = """
        {{ define "main" }}
        {{ $pages := .RegularPages }}
        {{ $goals := where $pages "Type" "goal" }}
        <h1>{{ .Title }}</h1>
        {{ with .Params.summary }}<div class="lead">{{ . | markdownify }}</div>{{ end }}
        <dl class="facts"><dt>Kommune</dt><dd><a href="{{ .Parent.RelPermalink }}">{{ .Parent.Title }}</a></dd>{{ with .Params.owner }}<dt>Ansvarlig</dt><dd>{{ . }}</dd>{{ end }}{{ with .Params.period }}<dt>Periode</dt><dd>{{ . }}</dd>{{ end }}</dl>
        {{ with where $pages "Type" "chapter" }}<section aria-labelledby="kapitler"><h2 id="kapitler">Læs strategien</h2><ol class="chapter-list">
        {{ range . }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}
        </ol></section>{{ end }}
        {{ with where $pages "Type" "focusarea" }}<section aria-labelledby="fokus"><h2 id="fokus">Fokusområder og mål</h2>
        {{ range . }}{{ $focusArea := . }}
        <section class="card focus-area"><h3 id="fa-{{ .Params.id }}"><a href="{{ .RelPermalink }}">{{ .Title }}</a></h3>
        {{ with .Params.targetgroups }}<p class="meta">Målgruppe: {{ delimit . ", " }}</p>{{ end }}
        <ul class="goal-list">{{ range where $goals "Params.focusarea" $focusArea.Params.id }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>
        {{ with .Params.actions }}<p class="more"><a href="{{ $focusArea.RelPermalink }}">Se {{ len . }} handlinger</a></p>{{ end }}
        </section>
        {{ end }}</section>{{ end }}
        {{ with where $pages "Type" "appendix" }}<section aria-labelledby="bilag"><h2 id="bilag">Konkrete handlinger for hvert skoleår</h2><ul class="appendix-list">
        {{ range . }}<li><a href="{{ .RelPermalink }}">Skoleåret {{ .Params.schoolyear }}</a> <span class="meta">{{ with .Params.number }}Bilag {{ . }} · {{ end }}{{ with .Params.actions }}{{ len . }}{{ else }}0{{ end }} handlinger</span></li>{{ end }}
        </ul></section>{{ end }}
        {{ with .Params.evaluation }}<section aria-labelledby="evaluering"><h2 id="evaluering">Opfølgning og evaluering</h2><div class="prose">{{ . | markdownify }}</div></section>{{ end }}
        {{ end }}

        """;

    /// <summary>A focus area: heading, target groups and keywords, introduction, its goals as links, its actions with the goals they serve.</summary>
    private const string FocusArea = """
        {{ define "main" }}
        {{ $strategy := .CurrentSection }}
        <p class="eyebrow">Fokusområde i {{ $strategy.Title }}</p>
        <h1>{{ .Title }}</h1>
        {{ with .Params.heading }}<p class="lead">{{ . }}</p>{{ end }}
        {{ if or .Params.targetgroups .Params.keywords }}<dl class="facts">
        {{ with .Params.targetgroups }}<dt>Målgruppe</dt><dd>{{ delimit . ", " }}</dd>{{ end }}
        {{ with .Params.keywords }}<dt>Nøgleord</dt><dd>{{ delimit . " · " }}</dd>{{ end }}
        </dl>{{ end }}
        <div class="prose">{{ .Content }}</div>
        {{ with where (where $strategy.RegularPages "Type" "goal") "Params.focusarea" .Params.id }}<h2>Mål</h2><ul class="goal-list">
        {{ range . }}<li id="{{ .Params.id }}"><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}
        </ul>{{ end }}
        {{ with .Params.actions }}<h2>Handlinger</h2>
        {{ with $.Params.actionsintroduction }}<div class="prose">{{ . | markdownify }}</div>{{ end }}
        <ul class="action-list">{{ range . }}{{ partial "action.html" (dict "action" . "strategy" $strategy.RelPermalink) }}{{ end }}</ul>
        {{ end }}
        {{ end }}

        """;

    /// <summary>
    /// A goal: title, facts with its themes as links, explanation, the actions that serve it with
    /// text and school year, goals of other municipalities with the same themes, the goals around it.
    /// </summary>
    private const string Goal = """
        {{ define "main" }}
        {{ $strategy := .CurrentSection }}
        {{ $focusArea := site.GetPage (printf "%s%s" $strategy.RelPermalink .Params.focusarea) }}
        <article class="goal-page">
        <p class="eyebrow">Mål{{ with .Params.number }} {{ . }}{{ end }} i <a href="{{ $focusArea.RelPermalink }}">{{ $focusArea.Title }}</a></p>
        <h1>{{ .Title }}</h1>
        <dl class="facts">
        <dt>Fokusområde</dt><dd><a href="{{ $focusArea.RelPermalink }}">{{ $focusArea.Title }}</a></dd>
        {{ with .Params.targetgroups }}<dt>Målgruppe</dt><dd>{{ delimit . ", " }}</dd>{{ end }}
        {{ with .GetTerms "temaer" }}<dt>Temaer</dt><dd>{{ range $i, $term := . }}{{ if $i }}, {{ end }}<a href="{{ $term.RelPermalink }}">{{ $term.LinkTitle }}</a>{{ end }}</dd>{{ end }}
        <dt>Strategi</dt><dd><a href="{{ $strategy.RelPermalink }}">{{ $strategy.Title }}</a>, {{ $strategy.Parent.Title }}</dd>
        </dl>
        <div class="prose">{{ .Content }}</div>
        <h2 id="handlinger">Handlinger, der understøtter dette mål</h2>
        {{ with .Params.actions }}<ul class="action-list">{{ range . }}{{ partial "action.html" (dict "action" .) }}{{ end }}</ul>
        {{ else }}<p>Strategien knytter endnu ingen handlinger til dette mål.</p>{{ end }}
        {{ partial "related.html" . }}
        </article>
        {{ $goals := where $strategy.RegularPages "Type" "goal" }}
        <nav class="pager" aria-label="Andre mål">
        {{ with $goals.Prev . }}<a rel="prev" href="{{ .RelPermalink }}"><span class="pager-label">Forrige mål</span> {{ .Title }}</a>{{ end }}
        {{ with $goals.Next . }}<a rel="next" href="{{ .RelPermalink }}"><span class="pager-label">Næste mål</span> {{ .Title }}</a>{{ end }}
        </nav>
        {{ end }}

        """;

    /// <summary>An annual appendix: its actions by category, each with the goals it serves as links; the note; the years around it.</summary>
    private const string Appendix = """
        {{ define "main" }}
        {{ $strategy := .CurrentSection }}
        {{ $page := . }}
        <article>
        <p class="eyebrow">Bilag til <a href="{{ $strategy.RelPermalink }}">{{ $strategy.Title }}</a> · Skoleåret {{ .Params.schoolyear }}</p>
        <h1>{{ .Title }}</h1>
        <p class="lead">Bilaget for skoleåret {{ .Params.schoolyear }} har {{ with .Params.actions }}{{ len . }}{{ else }}0{{ end }} handlinger.</p>
        {{ range .Params.categories }}{{ $category := .id }}
        <section aria-labelledby="kat-{{ $category }}"><h2 id="kat-{{ $category }}">{{ .title }}</h2><ul class="action-list">
        {{ range where $page.Params.actions "category" $category }}{{ partial "action.html" (dict "action" . "strategy" $strategy.RelPermalink) }}{{ end }}
        </ul></section>
        {{ end }}
        {{ with .Params.note }}<div class="note">{{ . | markdownify }}</div>{{ end }}
        </article>
        {{ $appendices := where $strategy.RegularPages "Type" "appendix" }}
        <nav class="pager" aria-label="Andre skoleår">
        {{ with $appendices.Prev . }}<a rel="prev" href="{{ .RelPermalink }}"><span class="pager-label">Forrige skoleår</span> {{ .Params.schoolyear }}</a>{{ end }}
        {{ with $appendices.Next . }}<a rel="next" href="{{ .RelPermalink }}"><span class="pager-label">Næste skoleår</span> {{ .Params.schoolyear }}</a>{{ end }}
        </nav>
        {{ end }}

        """;

    /// <summary>
    /// One action, as our ActionItem: its Markdown text, owner, timeframe, school years, status and
    /// themes as links; with "strategy" (the strategy's address) the goals it serves as links, found
    /// with GetPage; with "url" (on a goal page) a link to where it is written.
    /// </summary>
    private const string Action = """
        {{ $action := .action }}{{ $strategy := .strategy }}
        <li class="action"{{ if $strategy }} id="{{ $action.id }}"{{ end }} data-id="{{ $action.id }}">
        <div class="action-text">{{ $action.text | markdownify }}</div>
        <dl class="action-meta">
        {{ with $action.owner }}<dt>Ansvarlig</dt><dd>{{ . }}</dd>{{ end }}
        {{ with $action.timeframe }}<dt>Tidsramme</dt><dd>{{ . }}</dd>{{ end }}
        {{ with $action.years }}<dt>Skoleår</dt><dd>{{ . }}</dd>{{ end }}
        {{ with $action.status }}<dt>Status</dt><dd>{{ . }}</dd>{{ end }}
        {{ with $action.themes }}<dt>Temaer</dt><dd>{{ range $i, $id := . }}{{ if $i }}, {{ end }}<a href="/temaer/{{ $id }}/">{{ index site.Data.themes $id }}</a>{{ end }}</dd>{{ end }}
        </dl>
        {{ if $strategy }}{{ with $action.goals }}<p class="serves"><span class="serves-label">Understøtter:</span>
        {{ range . }}{{ with site.GetPage (printf "%smaal/%s" $strategy .) }}<a class="goal-link" href="{{ .RelPermalink }}">{{ .Title }}</a> {{ end }}{{ end }}</p>{{ end }}{{ end }}
        {{ with $action.url }}<p class="source-link"><a href="{{ . }}">Se handlingen, hvor den står</a></p>{{ end }}
        </li>

        """;

    /// <summary>
    /// Ours: at most eight goals of other municipalities sharing themes, at most two from each
    /// municipality, those sharing the most themes first, picked from a bounded window of each theme's
    /// goals (Content/Comparison/RelatedGoalIndex.cs). Hugo: its related-content index on the themes
    /// (ranked by shared themes), the first 64 from other municipalities, grouped by municipality with
    /// `GroupByParam` (which runs in Go), at most two from each and eight in all. The lists differ in
    /// which goals they pick but have the same length and shape.
    /// </summary>
    private const string Related = """
        {{ $mine := .Params.temaer }}
        {{ with (first 64 (where (site.RegularPages.Related .) "Params.municipality" "ne" .Params.municipality)).GroupByParam "municipality" }}
        <h2 id="andre-kommuner">Andre kommuners mål om det samme</h2>
        <p>Mål fra andre kommuner, der har samme temaer. Se, hvordan de griber det an.</p>
        <ul class="related-goals">{{ $shown := 0 }}{{ range . }}{{ range first 2 .Pages }}{{ if lt $shown 8 }}{{ $shown = add $shown 1 }}
        <li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <span class="meta">{{ .CurrentSection.Parent.Title }} · Fælles temaer: {{ $first := true }}{{ range .Params.temaer }}{{ if in $mine . }}{{ if not $first }}, {{ end }}{{ index site.Data.themes . }}{{ $first = false }}{{ end }}{{ end }}</span></li>
        {{ end }}{{ end }}{{ end }}</ul>
        {{ end }}

        """;
}
