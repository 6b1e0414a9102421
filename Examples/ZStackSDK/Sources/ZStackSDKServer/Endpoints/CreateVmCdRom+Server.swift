import ZStackSDK

/// The server side of ``CreateVmCdRom``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/vm-instances/cdroms`, asynchronous.
nonisolated enum CreateVmCdRomServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: CreateVmCdRom.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let name = try body.wrappedField(String.self, "name")
                let vmInstanceUuid = try body.wrappedField(String.self, "vmInstanceUuid")
                let isoUuid = try body.wrappedField(String.self, "isoUuid")
                let description = try body.wrappedField(String.self, "description")
                let resourceUuid = try body.wrappedField(String.self, "resourceUuid")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                let tagUuids = try body.wrappedField([String].self, "tagUuids")
                return CreateVmCdRom.Request(
                    name: try call.required(name, .bodyField("params.name")),
                    vmInstanceUuid: try call.required(vmInstanceUuid, .bodyField("params.vmInstanceUuid")),
                    isoUuid: isoUuid,
                    description: description,
                    resourceUuid: resourceUuid,
                    systemTags: systemTags,
                    userTags: userTags,
                    tagUuids: tagUuids
                )
            }
            return { try await handler.createVmCdRom(request) }
        }
    }
}
