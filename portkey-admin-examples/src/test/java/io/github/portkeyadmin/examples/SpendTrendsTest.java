package io.github.portkeyadmin.examples;

import static io.github.portkeyadmin.examples.Runs.demo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.portkeyadmin.examples.Runs.Result;
import io.github.portkeyadmin.insights.Trend;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class SpendTrendsTest {
  @TempDir Path dir;

  @Test
  void ranksModelsBySpendWithSharesAndTrends() {
    Result run = demo(SpendTrends.ABOUT, SpendTrends::run);

    assertThat(run.status()).isZero();
    assertThat(run.out())
        .contains("Spend by model, last 30 days (2026-02-16 .. 2026-03-18), workspace ws-prod")
        .containsPattern("1 +gpt-4o +142,824 +\\$1,571\\.06 +46\\.8% +up 10\\.3%")
        .containsPattern("2 +claude-3-5-sonnet +92,358 +\\$1,339\\.19 +39\\.9% +up 74\\.6%")
        .containsPattern("3 +gemini-1\\.5-pro .* +down 58\\.4%")
        .containsPattern("4 +gpt-4o-mini .* +steady \\(\\+3\\.1%\\)")
        .containsPattern("5 +o3-mini .* +new")
        .contains("Total $3,355.37 (335,536.81 cents) across 5 models; up 27.6% "
            + "($1,420.86 -> $1,812.68)");
  }

  @Test
  void theTotalIsTheCostGraphsTotal() {
    assertThat(demo(CostGraph.ABOUT, CostGraph::run).out()).contains("total    $3,355.37");
    assertThat(demo(SpendTrends.ABOUT, SpendTrends::run).out()).contains("Total $3,355.37");
  }

  @Test
  void jsonIsTheInsightWithCentsAndDollars() {
    JsonNode json = demo(SpendTrends.ABOUT, SpendTrends::run, "--json").json();

    assertThat(json.get("total_cents").decimalValue()).isEqualByComparingTo("335536.81");
    assertThat(json.get("total_dollars").decimalValue()).isEqualByComparingTo("3355.3681");
    assertThat(json.get("buckets").asInt()).isEqualTo(31);
    JsonNode first = json.get("models").get(0);
    assertThat(first.get("model").asText()).isEqualTo("gpt-4o");
    assertThat(first.get("share_percent").decimalValue()).isEqualByComparingTo("46.8");
    assertThat(first.get("trend").get("direction").asText()).isEqualTo("UP");
    assertThat(json.get("models").get(4).get("trend").get("direction").asText())
        .isEqualTo("NEW");
  }

  @Test
  void svgOptionWritesAValidChartWithALinePerModel() throws Exception {
    Path file = dir.resolve("spend.svg");

    Result run = demo(SpendTrends.ABOUT, SpendTrends::run, "--svg", file.toString());

    assertThat(run.err()).contains("wrote " + file);
    Document svg = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder()
        .parse(file.toFile());
    assertThat(svg.getDocumentElement().getLocalName()).isEqualTo("svg");
    assertThat(svg.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
    NodeList lines = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "polyline");
    // per model: the 29 whole days solid, the partial first and last day dashed
    assertThat(lines.getLength()).isEqualTo(5 * 3);
    assertThat(lines.item(0).getAttributes().getNamedItem("points").getNodeValue().split(" "))
        .hasSize(29);
    assertThat(lines.item(1).getAttributes().getNamedItem("stroke-dasharray")).isNotNull();
    assertThat(lines.item(1).getAttributes().getNamedItem("points").getNodeValue().split(" "))
        .hasSize(2);
    assertThat(Files.readString(file))
        .contains("claude-3-5-sonnet", "2026-02-16 (partial)", "2026-03-18 (partial)", "$")
        .contains("Spend per model per UTC day", "US dollars per bucket",
            "Day (UTC); first and last partial, dashed")
        .doesNotContain("href");
  }

  @Test
  void anUnwritableSvgPathFailsWithAMessage() {
    Result run = demo(SpendTrends.ABOUT, SpendTrends::run, "--svg", dir.resolve("missing/dir/spend.svg").toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).contains("error:", "spend.svg");
  }

  @Test
  void aModelWithoutKnownProviderIsRankedWithoutTrend() {
    Result run = Runs.run(Map.of(SpendTrends.PROVIDERS_ENV, "o3-mini=azure-openai"),
        SpendTrends.ABOUT, SpendTrends::run);

    assertThat(run.err()).contains("no cost series for azure-openai__o3-mini");
    assertThat(run.out()).containsPattern("5 +o3-mini +14,868 +\\$66\\.91 +2\\.0% +n/a");
  }

  @Test
  void trendWordsAreShort() {
    assertThat(SpendTrends.trend(Trend.notEnoughData())).isEqualTo("n/a");
    assertThat(SpendTrends.trend(Trend.between(BigDecimal.ZERO, BigDecimal.ZERO)))
        .isEqualTo("steady");
    assertThat(SpendTrends.trend(Trend.between(BigDecimal.TEN, BigDecimal.ONE)))
        .isEqualTo("down 90.0%");
  }
}
