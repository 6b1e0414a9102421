import ZStackSDK

/// The server side of ``CreateZone``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/zones`, asynchronous.
nonisolated enum CreateZoneServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: CreateZone.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let name = try body.wrappedField(String.self, "name")
                let description = try body.wrappedField(String.self, "description")
                let resourceUuid = try body.wrappedField(String.self, "resourceUuid")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                let tagUuids = try body.wrappedField([String].self, "tagUuids")
                let isDefault = try body.wrappedField(Bool.self, "isDefault")
                return CreateZone.Request(
                    name: try call.required(name, .bodyField("params.name")),
                    description: description,
                    resourceUuid: resourceUuid,
                    systemTags: systemTags,
                    userTags: userTags,
                    tagUuids: tagUuids,
                    isDefault: isDefault
                )
            }
            return { try await handler.createZone(request) }
        }
    }
}
