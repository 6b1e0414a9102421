public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``AddIpRange``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let addIpRangeExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "518343c72df8e17c3e54809f8abfe5fa",
            "l3NetworkUuid": "6ac476a5f0ca04aab997de897048b56f",
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
    public func addIpRange(
        _ request: AddIpRange.Request
    ) async throws -> AddIpRange.Response {
        try Self.example(AddIpRange.Response.self, json: Self.addIpRangeExample)
    }
}
