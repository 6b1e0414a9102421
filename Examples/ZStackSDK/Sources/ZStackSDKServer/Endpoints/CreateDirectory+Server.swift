import ZStackSDK

/// The server side of ``CreateDirectory``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/create/directory`, asynchronous.
nonisolated enum CreateDirectoryServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: CreateDirectory.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let name = try body.wrappedField(String.self, "name")
                let zoneUuid = try body.wrappedField(String.self, "zoneUuid")
                let type = try body.wrappedField(String.self, "type")
                let parentUuid = try body.wrappedField(String.self, "parentUuid")
                let resourceUuid = try body.wrappedField(String.self, "resourceUuid")
                let tagUuids = try body.wrappedField([String].self, "tagUuids")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return CreateDirectory.Request(
                    name: try call.required(name, .bodyField("params.name")),
                    zoneUuid: try call.required(zoneUuid, .bodyField("params.zoneUuid")),
                    type: try call.required(type, .bodyField("params.type")),
                    parentUuid: parentUuid,
                    resourceUuid: resourceUuid,
                    tagUuids: tagUuids,
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.createDirectory(request) }
        }
    }
}
