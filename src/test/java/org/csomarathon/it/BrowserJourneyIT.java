package org.csomarathon.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.csomarathon.demo.DemoCohort;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A person in a real browser: signing in as each role, landing at home, refused elsewhere. */
@MarathonIT
class BrowserJourneyIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.marathon();
    }

    @ArquillianResource
    URL base;

    /** One browser for the class (starting one costs seconds); each test begins signed out, with no cookies. */
    private static ChromeDriver desktop;
    private ChromeDriver browser;
    private String root;

    record Journey(String email, String home, String heading, String otherRolesPage) {
    }

    static final List<Journey> JOURNEYS = List.of(
            new Journey("coordinator@example.org", "coordinator/index.xhtml", "Координатору", "admin/index.xhtml"),
            new Journey("admin@example.org", "admin/index.xhtml", "Учётные записи", "coordinator/index.xhtml"),
            new Journey("expert1@example.org", "expert/index.xhtml", "Эксперту", "participant/index.xhtml"),
            new Journey("reviewer1@example.org", "reviewer/index.xhtml", "Отбор заявок", "expert/index.xhtml"),
            new Journey("participant01@example.org", "participant/index.xhtml", "Участнику", "reviewer/index.xhtml"),
            new Journey("applicant@example.org", "apply/index.xhtml", "Заявка на стажировку", "participant/index.xhtml"));

    @BeforeEach
    void openBrowser() throws IOException {
        assertEquals("/marathon/", base.getPath(), "Marathon was not deployed; read the Payara Micro log above");
        root = "http://127.0.0.1:" + base.getPort() + base.getPath();
        if (desktop == null) {
            desktop = Chromium.desktop(1280, 900);
        }
        browser = desktop;
        browser.get(root + "signin.xhtml");
        browser.manage().deleteAllCookies();
    }

    @AfterAll
    static void closeBrowser() {
        if (desktop != null) {
            desktop.quit();
            desktop = null;
        }
    }

    @Test
    void everyRoleLandsOnItsOwnPageAndIsRefusedAnotherRolesPage() throws IOException {
        for (Journey journey : JOURNEYS) {
            signIn(journey.email());
            assertEquals(root + journey.home(), browser.getCurrentUrl(), journey.email());
            assertEquals(journey.heading(), heading(), journey.email());
            screenshot(journey.home().substring(0, journey.home().indexOf('/')));

            browser.get(root + journey.otherRolesPage());
            assertEquals("Доступ запрещён", heading(), journey.email() + " on " + journey.otherRolesPage());

            signOut();
            assertEquals("Вход", heading());
            assertEquals("Вы вышли из системы.", browser.findElement(By.cssSelector("main .notice")).getText());
        }
    }

    @Test
    void participantSeesTheirTeamAndDatesInTheirOwnZone() {
        signIn("participant19@example.org");
        assertEquals("Моя команда «Маяк»", browser.findElement(By.id("team-heading")).getText());
        assertEquals(2, browser.findElements(By.cssSelector(".members .member__meta")).stream()
                .filter(meta -> meta.getText().endsWith(" · Калининградская область")).count(),
                "teammates' regions are named: two of the demo's «Маяк» work in Kaliningrad region");
        assertEquals("Время показано в поясе: Омск, UTC+6", browser.findElement(By.tagName("footer")).getText(),
                "times are in the participant's zone (Omsk), with the zone named");
    }

    @Test
    void coordinatorOpensAModuleAndAParticipantReadsIt() throws IOException {
        WebSession coordinatorHttp = new WebSession(base);
        coordinatorHttp.signIn("coordinator@example.org", DemoCohort.PASSWORD);
        TestCohorts.Own own = TestCohorts.ownCohort(coordinatorHttp, "journey", 1);
        // The cohort is over but for its fifth week, which opens in three days: the next event of its calendar.
        Map<String, String> fifth = Map.of("title", "Годовой отчёт", "description", "Как рассказать о годе работы.",
                "opensAt", TeamWork.hoursFromNow(72).toString());
        assertEquals(302, coordinatorHttp.submit("coordinator/module.xhtml?id=" + own.module(5), "module", fifth, "save").status());
        String site = TestDatabase.text("SELECT title FROM weekly_module WHERE id = ?", own.module(3));

        signIn("coordinator@example.org");
        browser.get(root + "coordinator/modules.xhtml?cohort=" + own.cohort());
        browser.findElement(By.linkText(site)).click();
        waitFor(ExpectedConditions.urlContains("coordinator/module.xhtml"));

        browser.findElement(By.id("module:description")).sendKeys(
                "Разбираем **структуру сайта** НКО.\n\n- главная\n- о нас\n\n[Чек-лист](https://example.org/checklist)");
        WebElement opensAt = browser.findElement(By.id("module:opensAt"));
        browser.executeScript("arguments[0].value = arguments[1];", opensAt, TeamWork.hoursFromNow(-24 * 30).toString());
        browser.findElement(By.id("module:save")).click();
        waitFor(ExpectedConditions.urlContains("coordinator/modules.xhtml"));
        assertEquals("Модуль «" + site + "» сохранён.", browser.findElement(By.cssSelector("#messages li")).getText());

        browser.findElement(By.linkText(site)).click();
        waitFor(ExpectedConditions.urlContains("coordinator/module.xhtml"));
        browser.executeScript("arguments[0].value = arguments[1];", browser.findElement(By.id("meeting:startsAt")),
                TeamWork.hoursFromNow(24 * 400).toString());
        browser.findElement(By.id("meeting:link")).sendKeys("https://meet.example.org/websites");
        browser.findElement(By.id("meeting:plan")).click();
        waitForText("main", "Встреча добавлена");
        screenshot("coordinator-module");
        signOut();

        signIn(own.members().get(0));
        browser.findElement(By.linkText("Модули")).click();
        browser.findElement(By.linkText(site)).click();
        waitFor(ExpectedConditions.urlContains("participant/module.xhtml"));
        WebElement prose = browser.findElement(By.cssSelector(".prose"));
        assertEquals("структуру сайта", prose.findElement(By.tagName("strong")).getText());
        assertEquals("https://example.org/checklist", prose.findElement(By.linkText("Чек-лист")).getAttribute("href"));
        WebElement meetings = browser.findElement(By.xpath("//div[h2='Встречи с экспертом']"));
        assertEquals("Ссылка появится за час до начала.", meetings.findElement(By.cssSelector("li span")).getText());
        screenshot("participant-module");

        browser.findElement(By.linkText("Календарь")).click();
        // The calendar opens on the month of the next event: the fifth week's opening.
        waitForText(".fc", "Открывается модуль 5");
        // Read in one script each: the calendar may render again between two WebDriver calls.
        assertEquals(List.of(), browser.executeScript("return [...document.querySelectorAll('.fc-daygrid-event .fc-event-title')]"
                + ".filter(t => t.scrollWidth - t.clientWidth > 1).map(t => t.textContent);"), "no event's title is cut");
        assertEquals(true, browser.executeScript("return [...document.querySelectorAll('a.fc-daygrid-event')]"
                + ".find(a => a.textContent.includes('Открывается модуль 5')).classList.contains('fc-daygrid-dot-event');"),
                "an opening is a moment on its day, not a bar");
        assertEquals(List.of(), browser.executeScript("return [...document.querySelectorAll('.fc-scroller')]"
                + ".filter(s => s.scrollHeight - s.clientHeight > 1).map(s => s.className);"),
                "the month is as tall as its weeks: nothing scrolls inside the page, out of the keyboard's reach");
        screenshot("participant-calendar");
    }

    @Test
    void participantUploadsWithAProgressBarSubmitsSeesTheReceiptAndATeammateSeesTheSameVersion() throws Exception {
        WebSession coordinatorHttp = new WebSession(base);
        coordinatorHttp.signIn("coordinator@example.org", DemoCohort.PASSWORD);
        TestCohorts.Own own = TestCohorts.ownCohort(coordinatorHttp, "upload", 2);
        String participant = own.members().get(0);
        long questionnaire = TeamWork.assignment(coordinatorHttp, own.module(1), "Анкета команды", TeamWork.hoursFromNow(-1),
                TeamWork.hoursFromNow(24), TeamWork.hoursFromNow(48), 20);
        String title = TestDatabase.text("SELECT title FROM assignment WHERE id = ?", questionnaire);
        Path file = Files.createTempFile("marathon-", ".pdf");
        byte[] content = new byte[8 * 1024 * 1024];
        byte[] header = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, content, 0, header.length);
        Files.write(file, content);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));

        signIn(participant);
        browser.findElement(By.linkText("Задания команды")).click();
        browser.findElement(By.linkText(title)).click();
        waitFor(ExpectedConditions.urlContains("participant/assignment.xhtml"));
        browser.findElement(By.id("work:text")).sendKeys("Мы отвечаем за сайт и соцсети, ждём от марафона плана.");
        browser.executeScript("window.sawProgress = false; new MutationObserver(function () {"
                + " if (document.querySelector('.ui-fileupload .ui-progressbar')) { window.sawProgress = true; } })"
                + ".observe(document.body, {subtree: true, childList: true});");
        browser.findElement(By.cssSelector("#work\\:upload input[type=file]")).sendKeys(file.toString());
        waitForText("[id=\"work:files\"]", file.getFileName().toString());
        assertEquals(Boolean.TRUE, browser.executeScript("return window.sawProgress;"), "a progress bar showed the upload");
        screenshot("participant-assignment");
        browser.findElement(By.cssSelector("#work\\:files a[id$=remove]")).click();
        Alert asked = browser.switchTo().alert();
        assertEquals("Убрать этот файл из черновика команды? Вернуть его можно будет, только загрузив заново.", asked.getText());
        asked.dismiss();
        assertEquals(List.of(file.getFileName().toString()), texts("#work\\:files li > a:not([id$=remove])"), "a file is removed only when confirmed");

        browser.findElement(By.cssSelector("#work\\:statement .ui-chkbox-box")).click();
        browser.findElement(By.id("work:submit")).click();
        waitFor(ExpectedConditions.urlContains("submissions/version.xhtml"));
        String receiptUrl = browser.getCurrentUrl();
        assertEquals("Квитанция: версия 1", heading());
        assertEquals("Версия 1 сдана.", browser.findElement(By.cssSelector("#messages li")).getText());
        assertEquals(List.of(file.getFileName().toString()), texts(".receipt .rows li > a"));
        assertEquals(List.of(sha), texts(".receipt code"));
        assertEquals(List.of("8 192 КБ (8 388 608 байт)"), texts(".receipt .rows li > span.row__meta:not(.sha)"));
        screenshot("participant-receipt");
        signOut();

        signIn(own.members().get(1));
        browser.findElement(By.linkText("Задания команды")).click();
        browser.findElement(By.xpath("//tr[.//a[text()='" + title + "']]//a[normalize-space()='Версия 1']")).click();
        waitFor(ExpectedConditions.urlContains("submissions/version.xhtml"));
        assertEquals(receiptUrl, browser.getCurrentUrl(), "the teammate opens the same version");
        assertEquals(List.of(sha), texts(".receipt code"));
        Files.delete(file);
    }

    @Test
    void expertReviewsWithTheRubricAndAcceptsAndTheParticipantSeesTheFeedbackAndTheGateChange() throws IOException {
        WebSession coordinator = new WebSession(base);
        coordinator.signIn("coordinator@example.org", DemoCohort.PASSWORD);
        TestCohorts.Own own = TestCohorts.ownCohort(coordinator, "reviewed", 1);
        String participant = own.members().get(0);
        long team = own.team();
        String title = "Коммуникационный аудит " + System.nanoTime();
        Map<String, List<String>> form = TeamWork.assignmentForm(title, TeamWork.hoursFromNow(-1), TeamWork.hoursFromNow(24),
                TeamWork.hoursFromNow(48), 20);
        form.put("rubric_input", List.of(TestDatabase.text("SELECT MIN(id) FROM rubric WHERE title = 'Практическое задание'")));
        assertEquals(302, coordinator.submitMany("coordinator/assignment.xhtml?module=" + own.module(1),
                "assignment", form, "save").status());
        long assignment = TestDatabase.count("SELECT id FROM assignment WHERE title = ?", title);
        assertEquals(302, coordinator.submit("coordinator/allocation.xhtml?cohort=" + own.cohort(), "allocate", Map.of(
                "team_input", String.valueOf(team), "assignment_input", String.valueOf(assignment),
                "expert_input", String.valueOf(TeamWork.accountId("expert1@example.org"))), "allocate").status());
        WebSession member = new WebSession(base);
        member.signIn(participant, DemoCohort.PASSWORD);
        TeamWork.submit(member, assignment, "Аудит наших площадок: сайт, ВКонтакте, Telegram.");

        signIn("expert1@example.org");
        browser.findElement(By.linkText("Очередь на проверку")).click();
        waitFor(ExpectedConditions.urlContains("expert/queue.xhtml"));
        // The expert's whole queue may run to several pages; the assignment's filter shows this one.
        browser.get(root + "expert/queue.xhtml?assignment=" + assignment);
        String teamName = TestDatabase.text("SELECT name FROM team WHERE id = ?", team);
        assertEquals(1, browser.findElements(By.xpath("//*[@id='queue-items']//a[normalize-space()='" + teamName + "']")).size(),
                "the work waits in the queue");
        screenshot("expert-queue");
        browser.get(root + "expert/review.xhtml?id=" + TestDatabase.count("SELECT id FROM review WHERE assignment_id = ?", assignment));
        assertEquals("Аудит наших площадок: сайт, ВКонтакте, Telegram.", browser.findElement(By.cssSelector(".submitted-text")).getText());
        List<WebElement> criteria = browser.findElements(By.cssSelector("fieldset.criterion"));
        assertEquals(3, criteria.size(), "the rubric's three criteria");
        for (WebElement criterion : criteria) {
            List<WebElement> levels = criterion.findElements(By.cssSelector(".ui-radiobutton-box"));
            levels.get(levels.size() - 1).click();
        }
        assertEquals("Итого: 9 баллов из 9", browser.findElement(By.id("running-total")).getText(), "the total follows the levels chosen");
        browser.findElement(By.id("review:comment")).sendKeys("Отличный аудит: **всё по делу**.");
        browser.findElement(By.id("review:preview")).click();
        waitFor(ExpectedConditions.textToBe(By.cssSelector("[id='review:comment-preview'] strong"), "всё по делу"));
        browser.findElements(By.cssSelector("#review\\:decision .ui-radiobutton-box")).get(0).click();
        screenshot("expert-review");
        browser.findElement(By.id("review:release")).click();
        waitForText("main", "Отзыв отправлен команде");
        signOut();

        signIn(participant);
        browser.findElement(By.linkText("Завершение первого этапа")).click();
        waitFor(ExpectedConditions.urlContains("participant/gate.xhtml"));
        WebElement condition = browser.findElement(By.xpath("//li[contains(., '" + title + "')]"));
        assertTrue(List.of(condition.getAttribute("class").split(" ")).contains("checklist__item--true"), "the gate's checklist shows it met");
        screenshot("participant-gate");
        browser.findElement(By.linkText("Задания команды")).click();
        WebElement row = browser.findElement(By.xpath("//tr[.//a[normalize-space()='" + title + "']]"));
        assertEquals(List.of("принято"), row.findElements(By.cssSelector(".status")).stream().map(WebElement::getText).toList());
        row.findElement(By.xpath(".//a[normalize-space()='Версия 1']")).click();
        waitFor(ExpectedConditions.urlContains("submissions/version.xhtml"));
        assertEquals("Отзыв эксперта", browser.findElement(By.id("feedback-heading")).getText());
        assertEquals("всё по делу", browser.findElement(By.cssSelector("#feedback-heading ~ * strong")).getText());
        assertEquals(List.of("Итого: 9 баллов из 9"), texts(".feedback__total"));
    }

    @Test
    void languageSwitcherTurnsThePageIntoEnglishAndBack() {
        browser.get(root + "signin.xhtml");
        browser.findElement(By.id("tools:en")).click();
        waitFor(ExpectedConditions.textToBe(By.tagName("h1"), "Sign in"));
        assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));
        browser.findElement(By.id("tools:ru")).click();
        waitFor(ExpectedConditions.textToBe(By.tagName("h1"), "Вход"));
        assertEquals("RU", browser.findElement(By.cssSelector(".languages [aria-current=true]")).getText(), "the language in use");
        List<String> withoutRing = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            browser.switchTo().activeElement().sendKeys(Keys.TAB);
            Object ring = browser.executeScript("var e = document.activeElement, s = getComputedStyle(e);"
                    + " return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 ? '' : e.tagName + '#' + e.id;");
            if (!"".equals(ring)) {
                withoutRing.add((String) ring);
            }
        }
        assertEquals(List.of(), withoutRing, "every control reached by the keyboard shows a focus ring");

        browser.findElement(By.id("signin:email")).sendKeys("typed@example.org");
        browser.findElement(By.id("tools:en")).click();
        Alert asked = browser.switchTo().alert();
        assertEquals("На странице есть введённое, но не отправленное. Если сменить язык, страница откроется заново и введённое "
                + "пропадёт. Сменить язык?", asked.getText());
        asked.dismiss();
        assertEquals("typed@example.org", browser.findElement(By.id("signin:email")).getAttribute("value"), "kept when not confirmed");
        assertEquals("Вход", heading());
        browser.findElement(By.id("tools:en")).click();
        browser.switchTo().alert().accept();
        waitFor(ExpectedConditions.textToBe(By.tagName("h1"), "Sign in"));
        browser.findElement(By.id("tools:ru")).click();
        waitFor(ExpectedConditions.textToBe(By.tagName("h1"), "Вход"));
    }

    @Test
    void pagesFitAPhoneScreen() throws IOException {
        browser = Chromium.phone(360, 740);
        try {
            phoneJourneys();
        } finally {
            browser.quit();
        }
    }

    private void phoneJourneys() throws IOException {
        long demo = TestCohorts.demoCohort();
        long call = TestCohorts.demoCallCohort();
        long assignment = TestDatabase.count("SELECT MIN(a.id) FROM assignment a JOIN weekly_module m ON m.id = a.module_id "
                + "WHERE m.cohort_id = ?", demo);
        fitsAPhone(List.of("", "call.xhtml", "register.xhtml", "signin.xhtml"));
        signIn(JOURNEYS.get(0).email());
        fitsAPhone(List.of("coordinator/index.xhtml", "account/calendar.xhtml", "coordinator/modules.xhtml",
                "coordinator/rubrics.xhtml", "coordinator/dashboard.xhtml?cohort=" + demo, "coordinator/progress.xhtml?cohort=" + demo,
                "coordinator/gate.xhtml?cohort=" + demo, "coordinator/applications.xhtml?cohort=" + call,
                "coordinator/selection.xhtml?cohort=" + call));
        signOut();
        signIn(JOURNEYS.get(4).email());
        fitsAPhone(List.of("participant/index.xhtml", "account/calendar.xhtml", "participant/modules.xhtml",
                "participant/team.xhtml", "participant/gate.xhtml", "participant/assignment.xhtml?id=" + assignment));
        signOut();
        signIn(JOURNEYS.get(2).email());
        fitsAPhone(List.of("expert/index.xhtml", "expert/queue.xhtml"));
        signOut();
    }

    /** Each page at the phone's 360 px: no sideways scrolling; a picture of it, checked by axe-core. */
    private void fitsAPhone(List<String> pages) throws IOException {
        for (String page : pages) {
            browser.get(root + page);
            long width = (Long) browser.executeScript("return Math.max(window.innerWidth, document.documentElement.scrollWidth);");
            assertTrue(width <= 360, "/" + page + ": no sideways scrolling at 360 px, page is " + width + " px wide; too wide: "
                    + browser.executeScript("return Array.from(document.querySelectorAll('body *')).filter(function (e) {"
                    + " return e.getBoundingClientRect().right > 361; }).slice(0, 6).map(function (e) {"
                    + " return e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right); }).join('; ');"));
            String path = page.replaceAll("\\?.*", "");
            screenshot("phone-" + (path.isEmpty() ? "start" : path.replace(".xhtml", "").replace('/', '-')));
        }
    }

    @Test
    void anApplicantAppliesInRussianAReviewerScoresTheCoordinatorAdmitsAndTheApplicantSeesTheDecision() throws Exception {
        WebSession coordinatorHttp = new WebSession(base);
        coordinatorHttp.signIn("coordinator@example.org", DemoCohort.PASSWORD);
        long cohort = TestCohorts.newCohort(coordinatorHttp);
        String cohortName = TestDatabase.text("SELECT name FROM cohort WHERE id = ?", cohort);
        Applying.openCall(cohort, 900);

        String email = TestRun.email("browser.applicant.journey");
        browser.get(root + "call.xhtml?cohort=" + cohort);
        browser.findElement(By.linkText("Зарегистрироваться и подать заявку")).click();
        waitFor(ExpectedConditions.urlContains("register.xhtml"));
        browser.findElement(By.id("register:name")).sendKeys("Юлия Браузерова");
        browser.findElement(By.id("register:email")).sendKeys(email);
        browser.findElement(By.id("register:password")).sendKeys("пароль-юлии-из-браузера");
        browser.findElement(By.id("register:repeat")).sendKeys("пароль-юлии-из-браузера");
        browser.findElement(By.id("register:send")).click();
        waitForText("main", "Мы отправили письмо");
        Matcher link = Pattern.compile("http://localhost:8080/(confirm\\.xhtml\\?token=[A-Za-z0-9_-]{43})")
                .matcher(NotificationsIT.text(TestMail.await(email, 1, Duration.ofSeconds(20)).get(0)));
        assertTrue(link.find());
        browser.get(root + link.group(1));
        browser.findElement(By.id("confirm:confirm")).click();
        waitFor(ExpectedConditions.urlContains("signin.xhtml"));
        browser.findElement(By.id("signin:email")).sendKeys(email);
        browser.findElement(By.id("signin:password")).sendKeys("пароль-юлии-из-браузера");
        browser.findElement(By.id("signin:submit")).click();
        waitFor(ExpectedConditions.urlContains("apply/index.xhtml"));

        browser.findElement(By.xpath("//li[strong[text()='" + cohortName + "']]//a")).click();
        waitFor(ExpectedConditions.urlContains("apply/application.xhtml"));
        browser.findElement(By.id("application:position")).sendKeys("Руководитель отдела коммуникаций");
        check("application:employed");
        check("application:duty");
        screenshot("apply-step1");
        browser.findElement(By.id("application:next")).click();
        waitFor(ExpectedConditions.urlContains("step=2"));
        browser.findElement(By.id("application:organisation")).sendKeys("Фонд «Белые ночи»");
        browser.findElement(By.id("application:ogrn")).sendKeys("1027800000007");
        browser.findElement(By.id("application:inn")).sendKeys("7800000002");
        new Select(browser.findElement(By.id("application:region"))).selectByValue("78");
        browser.findElement(By.id("application:website")).sendKeys("belye-nochi.example.org");
        browser.findElement(By.id("application:next")).click();
        waitFor(ExpectedConditions.urlContains("step=3"));
        browser.findElement(By.id("application:motivation")).sendKeys("Хочу, чтобы о нашей работе узнали 🙂");
        browser.findElement(By.id("application:plans")).sendKeys("Сайт, соцсети и годовой отчёт");
        browser.findElement(By.id("application:commitment")).sendKeys("Два дня в неделю на коммуникации");
        browser.findElement(By.id("application:next")).click();
        waitFor(ExpectedConditions.urlContains("step=4"));
        check("application:consent");
        browser.findElement(By.id("application:submit")).click();
        waitForText("main", "соответствует условиям участия");
        screenshot("apply-submitted");
        signOut();

        Applying.closeCall(cohort);
        long application = TestDatabase.count("SELECT a.id FROM application a JOIN account p ON p.id = a.applicant_id "
                + "WHERE p.email = ?", email);
        coordinatorHttp.submit("coordinator/application.xhtml?id=" + application, "choose",
                Map.of("reviewer", String.valueOf(TestDatabase.count("SELECT id FROM account WHERE email = 'reviewer1@example.org'"))),
                "add");
        signIn("reviewer1@example.org");
        // The reviewer's list may hold earlier runs' applicants of the same name: this one is opened by its own link.
        browser.findElement(By.cssSelector("a[href$='reviewer/application.xhtml?id=" + application + "']")).click();
        waitFor(ExpectedConditions.urlContains("reviewer/application.xhtml"));
        for (String criterion : List.of("development", "transparency", "motivation", "plans", "commitment")) {
            browser.findElement(By.xpath("//*[@id='score:" + criterion + "']//label[normalize-space(.)='4']")).click();
        }
        browser.findElement(By.id("score:comment")).sendKeys("Ясный план и готовность руководства");
        screenshot("reviewer-scoring");
        browser.findElement(By.id("score:save")).click();
        waitForText("main", "Оценка сохранена");
        signOut();

        signIn("coordinator@example.org");
        browser.get(root + "coordinator/selection.xhtml?cohort=" + cohort);
        assertEquals("4.00 (1 из 1)", browser.findElement(By.xpath("//tr[.//a[text()='Юлия Браузерова']]/*[4]")).getText(), "the reviewers' mean");
        browser.findElement(By.xpath("//tr[.//a[text()='Юлия Браузерова']]//button[text()='Принять']")).click();
        waitForText("main", "Решение записано");
        check("publish:belowMinimum");
        screenshot("coordinator-selection");
        assertEquals(List.of(), brokenInTheRanking(), "at 1280 px: every button and total on one line");
        Dimension desktopSize = browser.manage().window().getSize();
        browser.manage().window().setSize(new Dimension(360, 740));
        try {
            assertEquals(List.of(), brokenInTheRanking(), "at 360 px: every button and total on one line");
            screenshot("coordinator-selection-narrow");
        } finally {
            browser.manage().window().setSize(desktopSize);
        }
        browser.findElement(By.id("publish:publish")).click();
        waitForText("main", "Результаты опубликованы");
        signOut();

        browser.findElement(By.id("signin:email")).sendKeys(email);
        browser.findElement(By.id("signin:password")).sendKeys("пароль-юлии-из-браузера");
        browser.findElement(By.id("signin:submit")).click();
        waitFor(ExpectedConditions.not(ExpectedConditions.urlContains("signin.xhtml")));
        browser.get(root + "apply/index.xhtml");
        assertEquals(List.of("Вы приняты на стажировку!"), texts("main li .notice strong"));
        screenshot("apply-decision");
    }

    @Test
    void coordinatorInvitesTenOneDeclinesTheEleventhConfirmsSeesTheProgrammeAndHerCertificateIsVerified() throws Exception {
        WebSession coordinatorHttp = new WebSession(base);
        coordinatorHttp.signIn("coordinator@example.org", DemoCohort.PASSWORD);
        long cohort = TestCohorts.newCohort(coordinatorHttp);
        List<String> people = TestCohorts.newParticipants("stage2.journey", 11);
        TestCohorts.addTeam(coordinatorHttp, cohort, "Первые " + System.nanoTime(), people.subList(0, 4));
        TestCohorts.addTeam(coordinatorHttp, cohort, "Вторые " + System.nanoTime(), people.subList(4, 8));
        TestCohorts.addTeam(coordinatorHttp, cohort, "Третьи " + System.nanoTime(), people.subList(8, 11));
        String stage2 = "coordinator/stage2.xhtml?cohort=" + cohort;
        // Everyone passed with nothing required: all equal, ranked by name.
        List<String> ranked = coordinatorHttp.get(stage2).html().select("#ranking-heading ~ div table tbody tr").stream()
                .map(tr -> tr.child(1).text()).map(name -> people.stream()
                        .filter(e -> TestDatabase.text("SELECT full_name FROM account WHERE email = ?", e).equals(name))
                        .findFirst().orElseThrow()).toList();
        assertEquals(11, ranked.size());

        signIn("coordinator@example.org");
        browser.get(root + stage2);
        assertEquals("10", browser.findElement(By.id("round:seats")).getAttribute("value"), "the cohort's own seats");
        assertEquals("7", browser.findElement(By.id("round:replyDays")).getAttribute("value"), "a week to answer, unless changed");
        browser.findElement(By.id("round:open")).click();
        waitForText("#seats-summary", "Мест: 10. Подтвердили: 0, ждём ответа: 10, отказались или выбыли: 0, в листе ожидания: 1.");
        screenshot("coordinator-stage2-invitations");
        signOut();

        signIn(ranked.get(0));
        assertEquals("Приглашение на второй этап", browser.findElement(By.id("invitation-heading")).getText());
        browser.findElement(By.id("invitation:reason")).sendKeys("Не отпускают с работы");
        browser.findElement(By.id("invitation:decline")).click();
        waitFor(ExpectedConditions.invisibilityOfElementLocated(By.id("invitation-heading")));
        signOut();

        String eleventh = ranked.get(10);
        signIn(eleventh);
        assertEquals("Приглашение на второй этап", browser.findElement(By.id("invitation-heading")).getText(),
                "the eleventh moved up when the first declined");
        browser.findElement(By.id("invitation:confirm")).click();
        String cohortName = TestDatabase.text("SELECT name FROM cohort WHERE id = ?", cohort);
        waitForText("main", "Вы подтвердили участие во втором этапе стажировки «" + cohortName + "». Программа появится здесь.");

        assertEquals(302, coordinatorHttp.submit("coordinator/programme.xhtml?cohort=" + cohort, "session", Map.of(
                "title", "Разбор кампаний", "kind", "WORKSHOP", "startsAt", TeamWork.hoursFromNow(24 * 3).format(TeamWork.FORM_TIME),
                "minutes", "90", "place", "Москва, Покровка, 3", "host", "Мария Белова"), "save").status());
        browser.navigate().refresh();
        assertEquals(List.of("Разбор кампаний"), texts("#programme-heading + ol > li > strong"), "the programme on her home");
        assertEquals(List.of("Вы подтвердили участие во втором этапе стажировки «" + cohortName + "». Программа — ниже."),
                texts("#invitation-heading ~ p"));
        screenshot("participant-stage2-programme");

        browser.get(root + "participant/gate.xhtml");
        WebElement download = browser.findElement(By.linkText("Скачать сертификат (PDF)"));
        assertEquals("200 application/pdf", browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0]).then(r => done(r.status + ' ' + r.headers.get('Content-Type')));", download.getAttribute("href")));
        String code = TestDatabase.text("SELECT c.code FROM certificate c JOIN account a ON a.id = c.account_id "
                + "WHERE a.email = ? AND c.stage = 1", eleventh);
        signOut();
        browser.get(root + "certificate/" + code);
        assertEquals("Сертификат действителен", browser.findElement(By.id("verified-heading")).getText());
        assertEquals(TestDatabase.text("SELECT full_name FROM account WHERE email = ?", eleventh),
                browser.findElement(By.xpath("//dt[.='Кому выдан']/following-sibling::dd[1]")).getText());
        screenshot("certificate-verified");
    }

    @Test
    void coordinatorReadsTheDashboardChartsOpensTheMatrixAndDownloadsItAsAWorkbook() throws Exception {
        long cohort = TestCohorts.demoCohort();
        long teams = TestDatabase.count("SELECT COUNT(*) FROM team WHERE cohort_id = ?", cohort);
        Path downloads = Files.createTempDirectory("downloads");
        browser.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow",
                "downloadPath", downloads.toString()));
        signIn("coordinator@example.org");
        browser.get(root + "coordinator/dashboard.xhtml?cohort=" + cohort);
        waitFor(ExpectedConditions.numberOfElementsToBe(By.tagName("canvas"), 2));
        for (WebElement chart : browser.findElements(By.tagName("canvas"))) {
            assertTrue(chart.getSize().getHeight() > 100 && chart.getSize().getWidth() > 200, "a chart is drawn");
        }
        assertEquals(1, browser.findElements(By.xpath("//*[@id='week-figures']//*[normalize-space()='версий ждут отзыва эксперта']")).size());
        screenshot("coordinator-dashboard");

        browser.findElement(By.linkText("Прогресс команд")).click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.progress-matrix")));
        assertEquals(teams, browser.findElements(By.cssSelector("table.progress-matrix tbody tr")).size());
        browser.findElement(By.linkText("Скачать XLSX")).click();
        Path workbook = downloads.resolve("progress-" + TestDatabase.text("SELECT year FROM cohort WHERE id = ?", cohort) + ".xlsx");
        waitFor(driver -> Files.exists(workbook));
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(workbook))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals(teams + 1, sheet.getPhysicalNumberOfRows(), "a header and every team");
            assertEquals(TestDatabase.text("SELECT MIN(name) FROM team WHERE cohort_id = ?", cohort),
                    sheet.getRow(1).getCell(0).getStringCellValue());
        }
    }

    /** Ticks a PrimeFaces checkbox as a person does: on its box. */
    private void check(String id) {
        browser.findElement(By.xpath("//div[@id='" + id + "']//div[contains(@class,'ui-chkbox-box')]")).click();
    }

    private void signIn(String email) {
        browser.get(root + "signin.xhtml");
        browser.findElement(By.id("signin:email")).sendKeys(email);
        browser.findElement(By.id("signin:password")).sendKeys(DemoCohort.PASSWORD);
        browser.findElement(By.id("signin:submit")).click();
        waitFor(ExpectedConditions.not(ExpectedConditions.urlContains("signin.xhtml")));
    }

    private void signOut() {
        browser.findElement(By.id("tools:signOut")).click();
        waitFor(ExpectedConditions.urlContains("signin.xhtml?signedOut=true"));
    }

    private void waitFor(ExpectedCondition<?> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(condition);
    }

    /** Waits until the element {@code css} selects reads {@code text}, checked in one script: an ajax update may replace it. */
    private void waitForText(String css, String text) {
        waitFor(driver -> (Boolean) ((JavascriptExecutor) driver).executeScript(
                "const e = document.querySelector(arguments[0]); return e !== null && e.innerText.includes(arguments[1]);", css, text));
    }

    /** The texts of the elements {@code css} selects, with no-break spaces read as spaces. */
    private List<String> texts(String css) {
        return browser.findElements(By.cssSelector(css)).stream().map(e -> e.getText().replace('\u00a0', ' ')).toList();
    }

    private String heading() {
        return browser.findElement(By.tagName("h1")).getText();
    }

    /** The ranking's decision buttons and totals that a line break cuts (more than one line box), by their text. */
    @SuppressWarnings("unchecked")
    private List<String> brokenInTheRanking() {
        return (List<String>) browser.executeScript("return Array.from(document.querySelectorAll("
                + "'table.ranking button, table.ranking strong')).filter(function (e) {"
                + " var lines = new Set(Array.from(e.getClientRects()).map(function (r) { return Math.round(r.top); }));"
                + " var range = document.createRange(); range.selectNodeContents(e);"
                + " var textLines = new Set(Array.from(range.getClientRects()).map(function (r) { return Math.round(r.top); }));"
                + " return lines.size > 1 || textLines.size > 1; }).map(function (e) { return e.textContent; });");
    }

    /** axe-core's script, from Deque's jar, run in each page a journey takes a picture of. */
    private static final String AXE = axeScript();

    private static String axeScript() {
        try (var in = BrowserJourneyIT.class.getClassLoader().getResourceAsStream("axe.min.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs axe-core (WCAG 2.1 A and AA rules) in the page and fails on any serious or critical
     * violation, naming the rule and the elements.
     */
    private void accessible(String name) {
        browser.executeScript(AXE);
        Object found = browser.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                + ".then(function (r) { done(r.violations.filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })"
                + ".map(function (v) { return v.id + ' (' + v.impact + '): ' + v.nodes.slice(0, 3).map(function (n) {"
                + " return n.target.join(' '); }).join(', '); })); })"
                + ".catch(function (e) { done(['axe failed: ' + e]); });");
        assertEquals(List.of(), found, name + ": axe-core finds no serious or critical violation");
    }

    private void screenshot(String name) throws IOException {
        accessible(name);
        Path dir = Files.createDirectories(Path.of("target", "screenshots"));
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(),
                dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
