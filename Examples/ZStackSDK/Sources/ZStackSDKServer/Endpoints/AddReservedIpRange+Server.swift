import ZStackSDK

/// The server side of ``AddReservedIpRange``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/l3-networks/{l3NetworkUuid}/reserved-ip-ranges`, asynchronous.
nonisolated enum AddReservedIpRangeServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: AddReservedIpRange.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let startIp = try body.wrappedField(String.self, "startIp")
                let endIp = try body.wrappedField(String.self, "endIp")
                let resourceUuid = try body.wrappedField(String.self, "resourceUuid")
                let tagUuids = try body.wrappedField([String].self, "tagUuids")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return AddReservedIpRange.Request(
                    l3NetworkUuid: try call.pathParameter("l3NetworkUuid", as: String.self),
                    startIp: try call.required(startIp, .bodyField("params.startIp")),
                    endIp: try call.required(endIp, .bodyField("params.endIp")),
                    resourceUuid: resourceUuid,
                    tagUuids: tagUuids,
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.addReservedIpRange(request) }
        }
    }
}
