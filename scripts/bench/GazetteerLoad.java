import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import org.broadsheet.analysis.places.Gazetteer;

/**
 * Loads the gazetteer once and prints how long that took and how much heap it keeps after garbage
 * collection (issue 5: "load it fast; report load time and heap"). Run by gazetteer-load.sh.
 */
public class GazetteerLoad {
    public static void main(String[] args) throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long before = settledHeap(memory);
        long start = System.nanoTime();
        Gazetteer gazetteer = Gazetteer.get();
        long took = System.nanoTime() - start;
        long after = settledHeap(memory);
        System.out.printf("gazetteer: loaded in %d ms, keeps %.1f MB of heap%n", took / 1_000_000,
                (after - before) / 1048576.0);
        System.out.println(gazetteer.getClass().getSimpleName() + " ready");
    }

    private static long settledHeap(MemoryMXBean memory) throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
