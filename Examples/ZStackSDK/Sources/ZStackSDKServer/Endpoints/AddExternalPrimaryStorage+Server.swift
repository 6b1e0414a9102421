import ZStackSDK

/// The server side of ``AddExternalPrimaryStorage``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/primary-storage/addon`, asynchronous.
nonisolated enum AddExternalPrimaryStorageServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: AddExternalPrimaryStorage.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let identity = try body.wrappedField(String.self, "identity")
                let defaultOutputProtocol = try body.wrappedField(
                    AddExternalPrimaryStorageDefaultOutputProtocol.self,
                    "defaultOutputProtocol"
                )
                let url = try body.wrappedField(String.self, "url")
                let name = try body.wrappedField(String.self, "name")
                let zoneUuid = try body.wrappedField(String.self, "zoneUuid")
                let config = try body.wrappedField(String.self, "config")
                let description = try body.wrappedField(String.self, "description")
                let type = try body.wrappedField(String.self, "type")
                let resourceUuid = try body.wrappedField(String.self, "resourceUuid")
                let tagUuids = try body.wrappedField([String].self, "tagUuids")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return AddExternalPrimaryStorage.Request(
                    identity: try call.required(identity, .bodyField("params.identity")),
                    defaultOutputProtocol: try call.required(
                        defaultOutputProtocol,
                        .bodyField("params.defaultOutputProtocol")
                    ),
                    url: try call.required(url, .bodyField("params.url")),
                    name: try call.required(name, .bodyField("params.name")),
                    zoneUuid: try call.required(zoneUuid, .bodyField("params.zoneUuid")),
                    config: config,
                    description: description,
                    type: type,
                    resourceUuid: resourceUuid,
                    tagUuids: tagUuids,
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.addExternalPrimaryStorage(request) }
        }
    }
}
