package org.telerehab.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** What a killed test JVM left (a running PostgreSQL server, its files) is cleared; a live JVM's files are not. */
class ScratchDirectoriesTest {

    @TempDir
    Path root;

    @Test
    void aDeadJvmsPostgresServerIsStoppedAndItsFilesDeletedWhileALiveJvmsStay() throws Exception {
        Path deadJvm = root.resolve(Long.toString(pidOfAFinishedProcess()));
        Path liveJvm = Files.createDirectories(root.resolve(Long.toString(ProcessHandle.current().pid())).resolve("x"));
        Files.writeString(liveJvm.resolve("kept"), "in use");
        // a server started as a test JVM starts one, whose JVM then died without stopping it
        EmbeddedPostgres.builder().setDataDirectory(Files.createDirectories(deadJvm.resolve("postgres")))
                .setCleanDataDirectory(false).start();
        ProcessHandle postmaster = ProcessHandle.of(Long.parseLong(
                Files.readAllLines(deadJvm.resolve("postgres").resolve("postmaster.pid")).get(0).strip())).orElseThrow();

        assertThat(ScratchDirectories.sweep(root)).containsExactly(deadJvm);

        assertThat(postmaster.isAlive()).as("the left server is stopped").isFalse();
        assertThat(deadJvm).doesNotExist();
        assertThat(liveJvm.resolve("kept")).hasContent("in use");
    }

    @Test
    void nothingToSweepWhenNoTestJvmRanBefore() {
        assertThat(ScratchDirectories.sweep(root.resolve("never-made"))).isEmpty();
    }

    private static long pidOfAFinishedProcess() throws Exception {
        Process finished = new ProcessBuilder("true").start();
        finished.waitFor();
        return finished.pid();
    }
}
