import ZStackSDK

/// The server side of ``CreateL3Network``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/l3-networks`, asynchronous.
nonisolated enum CreateL3NetworkServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: CreateL3Network.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let name = try body.wrappedField(String.self, "name")
                let l2NetworkUuid = try body.wrappedField(String.self, "l2NetworkUuid")
                let description = try body.wrappedField(String.self, "description")
                let type = try body.wrappedField(String.self, "type")
                let ipVersion = try body.wrappedField(CreateL3NetworkIpVersion.self, "ipVersion")
                let system = try body.wrappedField(Bool.self, "system")
                let dnsDomain = try body.wrappedField(String.self, "dnsDomain")
                let resourceUuid = try body.wrappedField(String.self, "resourceUuid")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                let category = try body.wrappedField(CreateL3NetworkCategory.self, "category")
                let tagUuids = try body.wrappedField([String].self, "tagUuids")
                let enableIPAM = try body.wrappedField(Bool.self, "enableIPAM")
                return CreateL3Network.Request(
                    name: try call.required(name, .bodyField("params.name")),
                    l2NetworkUuid: try call.required(l2NetworkUuid, .bodyField("params.l2NetworkUuid")),
                    description: description,
                    type: type,
                    ipVersion: ipVersion,
                    system: system,
                    dnsDomain: dnsDomain,
                    resourceUuid: resourceUuid,
                    systemTags: systemTags,
                    userTags: userTags,
                    category: category,
                    tagUuids: tagUuids,
                    enableIPAM: enableIPAM
                )
            }
            return { try await handler.createL3Network(request) }
        }
    }
}
