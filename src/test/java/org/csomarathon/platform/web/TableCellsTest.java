package org.csomarathon.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.csomarathon.platform.Language;
import org.junit.jupiter.api.Test;

class TableCellsTest {

    @Test
    void everyTextAddressAndClassARowIsGivenIsEscaped() {
        String html = new TableCells(Language.RU).row()
                .cell("common.team").link("/x?a=1&b=\"2\"", "<script>alert('x')</script>")
                .cell("cell <b>", "«Мой» & <i>").hidden("<").span("visually-hidden", "a\"b")
                .cell("common.name").text("Анна & Co").space().small("<br>").strong("<em>")
                .button("decide", "1:<x>", "common.save")
                .end();
        assertEquals("<td data-label=\"Команда\"><a href=\"/x?a=1&amp;b=&quot;2&quot;\">&lt;script&gt;alert(&#39;x&#39;)"
                + "&lt;/script&gt;</a></td><td class=\"cell &lt;b&gt;\" title=\"«Мой» &amp; &lt;i&gt;\"><span aria-hidden=\"true\">"
                + "&lt;</span><span class=\"visually-hidden\">a&quot;b</span></td><td data-label=\"Имя\">Анна &amp; Co "
                + "<small>&lt;br&gt;</small><strong>&lt;em&gt;</strong><button type=\"submit\" name=\"decide\" value=\"1:&lt;x&gt;\">"
                + "Сохранить</button></td>", html);
    }
}
