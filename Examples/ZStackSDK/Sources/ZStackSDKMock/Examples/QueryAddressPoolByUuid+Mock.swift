public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryAddressPoolByUuid``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryAddressPoolByUuidExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "uuid": "754aae51b8724262ad60e66309db7303",
              "l3NetworkUuid": "1ccd75fae300e0e0263ec0b3135589cd",
              "name": "name",
              "description": "description",
              "startIp": "startIp",
              "endIp": "endIp",
              "netmask": "netmask",
              "gateway": "gateway",
              "networkCidr": "networkCidr",
              "ipVersion": 1,
              "addressMode": "addressMode",
              "prefixLen": 1,
              "ipRangeType": {},
              "createDate": "Jan 6, 2017 3:51:16 AM",
              "lastOpDate": "Jan 6, 2017 3:51:16 AM"
            }
          ],
          "total": 1
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func queryAddressPoolByUuid(
        _ request: QueryAddressPoolByUuid.Request
    ) async throws -> QueryAddressPoolByUuid.Response {
        try Self.example(QueryAddressPoolByUuid.Response.self, json: Self.queryAddressPoolByUuidExample)
    }
}
