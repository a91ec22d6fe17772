import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.StandardCopyOption

// Copies examples/spring-boot (without its build output and embedded database) over this stand-in
// project, then changes an entity the way a developer would: Customer gains a phone number.
Path example = new File(basedir, '../../../../examples/spring-boot').canonicalFile.toPath()
assert Files.isRegularFile(example.resolve('pom.xml')): "examples/spring-boot not found at ${example}"
Path target = basedir.toPath()
Files.walk(example).withCloseable { paths ->
    paths.each { Path source ->
        Path relative = example.relativize(source)
        String top = relative.nameCount == 0 ? '' : relative.getName(0).toString()
        if (top == 'target' || top == '.shale') {
            return
        }
        Path copy = target.resolve(relative.toString())
        if (Files.isDirectory(source)) {
            Files.createDirectories(copy)
        } else {
            Files.copy(source, copy, StandardCopyOption.REPLACE_EXISTING)
        }
    }
}
File customer = new File(basedir, 'src/main/java/com/example/shop/model/Customer.java')
String email = '    private String email;\n'
assert customer.text.contains(email)
customer.text = customer.text.replace(email, email + '\n    private String phone;\n')
return true
