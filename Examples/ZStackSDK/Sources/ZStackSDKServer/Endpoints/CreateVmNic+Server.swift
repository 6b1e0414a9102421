import ZStackSDK

/// The server side of ``CreateVmNic``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/nics`, asynchronous.
nonisolated enum CreateVmNicServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: CreateVmNic.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let l3NetworkUuid = try body.wrappedField(String.self, "l3NetworkUuid")
                let ip = try body.wrappedField(String.self, "ip")
                let resourceUuid = try body.wrappedField(String.self, "resourceUuid")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                let tagUuids = try body.wrappedField([String].self, "tagUuids")
                return CreateVmNic.Request(
                    l3NetworkUuid: try call.required(l3NetworkUuid, .bodyField("params.l3NetworkUuid")),
                    ip: ip,
                    resourceUuid: resourceUuid,
                    systemTags: systemTags,
                    userTags: userTags,
                    tagUuids: tagUuids
                )
            }
            return { try await handler.createVmNic(request) }
        }
    }
}
