import Testing

@testable import APIGenCore

/// The Java declarations the importer reads beside ZStack's documentation: fields' declared types,
/// superclasses, enum constants and annotations, whatever the code around them holds.
@Suite("Java declarations scanner")
struct JavaDeclarationsTests {
    static let source = """
        package org.zstack.header.vm;

        import java.util.*;
        import static org.zstack.utils.StringDSL.s;
        import org.zstack.header.message.APICreateMessage;

        /**
         * A message with {braces} in its comment and "quotes".
         */
        @RestRequest(
                path = "/vm-instances",
                method = HttpMethod.POST,
                parameterName = "params"
        )
        @RestResponse(fieldsTo = {"types=l2NetworkTypes", "all"})
        public class APICreateVmInstanceMsg extends APICreateMessage implements APIAuditor {
            @APIParam(maxLength = 255)
            private String name;
            @APIParam(numberRange = {1, Long.MAX_VALUE}, numberRangeUnit = {"byte", "bytes"}, required = false)
            private Long rootDiskSize;
            List<Long> dataDiskSizes;
            private Map<String, List<String>> dataVolumeSystemTagsOnIndex = new HashMap<>();
            private final byte[] ipInBinary = new byte[4];
            private static final String NAME = "a;b{c}";
            private List<DiskAO> diskAOs;
            private Runnable callback = () -> { int ignored = 1; };
            private String afterLambda;

            public String getName() {
                if (name == null) { return "{"; }
                return name;
            }

            public static class DiskAO {
                private String primaryStorageUuid;
                private Map<String, ? extends Object> options;
            }

            enum Strategy {
                InstantStart("now") {
                    @Override
                    String text() { return "x"; }
                },
                @Deprecated JustCreate("later"),
                CreateStopped;

                private final String word;
            }
        }
        """

    @Test("Fields and their declared types, through annotations, initializers, lambdas and methods")
    func fields() throws {
        let file = JavaDeclarationScanner.scan(Self.source)
        #expect(file.package == "org.zstack.header.vm")
        #expect(file.imports == ["java.util.*", "org.zstack.header.message.APICreateMessage"])
        let message = try #require(file.classes["APICreateVmInstanceMsg"])
        #expect(message.superclass == "APICreateMessage")
        #expect(message.fields.map(\.name) == [
            "name", "rootDiskSize", "dataDiskSizes", "dataVolumeSystemTagsOnIndex", "ipInBinary", "diskAOs", "callback", "afterLambda",
        ])
        #expect(message.field("dataDiskSizes") == JavaType(name: "List", arguments: [JavaType(name: "Long", arguments: [], arrayDepth: 0)], arrayDepth: 0))
        let map = try #require(message.field("dataVolumeSystemTagsOnIndex"))
        #expect(map.name == "Map" && map.arguments.map(\.name) == ["String", "List"] && map.arguments[1].arguments.map(\.name) == ["String"])
        #expect(message.field("ipInBinary") == JavaType(name: "byte", arguments: [], arrayDepth: 1))
    }

    @Test("Nested classes and enums, with constants that have arguments, bodies and annotations")
    func nestedTypes() throws {
        let file = JavaDeclarationScanner.scan(Self.source)
        #expect(Set(file.classes.keys) == ["APICreateVmInstanceMsg", "APICreateVmInstanceMsg.DiskAO", "APICreateVmInstanceMsg.Strategy"])
        let disk = try #require(file.classes["APICreateVmInstanceMsg.DiskAO"])
        #expect(disk.fields.map(\.name) == ["primaryStorageUuid", "options"])
        #expect(disk.field("options")?.arguments.last == JavaType(name: "Object", arguments: [], arrayDepth: 0))
        #expect(file.classes["APICreateVmInstanceMsg.Strategy"]?.enumConstants == ["InstantStart", "JustCreate", "CreateStopped"])
        #expect(file.classes["APICreateVmInstanceMsg"]?.enumConstants == nil)
    }

    @Test("Annotations before a class, with their arguments; strings keep their text")
    func annotations() throws {
        let message = try #require(JavaDeclarationScanner.scan(Self.source).classes["APICreateVmInstanceMsg"])
        #expect(message.strings("RestRequest", "parameterName") == ["params"])
        #expect(message.annotations["RestRequest"]?["isAction"] == nil)
        #expect(message.strings("RestResponse", "fieldsTo") == ["types=l2NetworkTypes", "all"])
    }
}
