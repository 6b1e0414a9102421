import ZStackSDK

/// The server side of ``CreateVip``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/vips`, asynchronous.
nonisolated enum CreateVipServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: CreateVip.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let name = try body.wrappedField(String.self, "name")
                let l3NetworkUuid = try body.wrappedField(String.self, "l3NetworkUuid")
                let description = try body.wrappedField(String.self, "description")
                let ipRangeUuid = try body.wrappedField(String.self, "ipRangeUuid")
                let allocatorStrategy = try body.wrappedField(String.self, "allocatorStrategy")
                let ipVersion = try body.wrappedField(Int.self, "ipVersion")
                let requiredIp = try body.wrappedField(String.self, "requiredIp")
                let resourceUuid = try body.wrappedField(String.self, "resourceUuid")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                let tagUuids = try body.wrappedField([String].self, "tagUuids")
                return CreateVip.Request(
                    name: try call.required(name, .bodyField("params.name")),
                    l3NetworkUuid: try call.required(l3NetworkUuid, .bodyField("params.l3NetworkUuid")),
                    description: description,
                    ipRangeUuid: ipRangeUuid,
                    allocatorStrategy: allocatorStrategy,
                    ipVersion: ipVersion,
                    requiredIp: requiredIp,
                    resourceUuid: resourceUuid,
                    systemTags: systemTags,
                    userTags: userTags,
                    tagUuids: tagUuids
                )
            }
            return { try await handler.createVip(request) }
        }
    }
}
