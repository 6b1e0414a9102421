public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``UpdateIpRange``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let updateIpRangeExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "6281794c36d64599bd2969d33a472e96",
            "l3NetworkUuid": "2f5ab9a6bc34d28d13b3b2a188c79d3c",
            "name": "name",
            "description": "description",
            "startIp": "startIp",
            "endIp": "endIp",
            "netmask": "netmask",
            "prefixLen": "prefixLen",
            "gateway": "gateway",
            "networkCidr": "networkCidr",
            "ipVersion": 1,
            "addressMode": "addressMode",
            "ipRangeType": {},
            "createDate": "Jan 6, 2017 3:51:16 AM",
            "lastOpDate": "Jan 6, 2017 3:51:16 AM"
          }
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func updateIpRange(
        _ request: UpdateIpRange.Request
    ) async throws -> UpdateIpRange.Response {
        try Self.example(UpdateIpRange.Response.self, json: Self.updateIpRangeExample)
    }
}
