// Cosmonauts on American vehicles and astronauts on Russian ones: a crew
// member's flight (a mission or a spacecraft), the vehicle it used, and the
// country of the organization that operates it.

// Cosmonauts (by role, by Roscosmos, or by Russian citizenship) on vehicles
// operated from the United States.
MATCH (p:Astronaut)-[:CREW_OF]->(flight)-[:USES*0..1]->(vehicle)
      -[:OPERATED_BY]->(operator:Organization)-[:BASED_IN]->(:Country {name: 'United States'})
WHERE p.role = 'cosmonaut'
   OR (p)-[:WORKS_FOR]->(:Agency {name: 'Roscosmos'})
   OR (p)-[:CITIZEN_OF]->(:Country {name: 'Russia'})
RETURN DISTINCT p.name AS cosmonaut, flight.name AS flight, vehicle.name AS vehicle,
       operator.name AS operator
ORDER BY cosmonaut, flight;

// Astronauts (by role, or by a non-Russian agency) on vehicles operated from Russia.
MATCH (p:Astronaut)-[:CREW_OF]->(flight)-[:USES*0..1]->(vehicle)
      -[:OPERATED_BY]->(operator:Organization)-[:BASED_IN]->(:Country {name: 'Russia'})
WHERE p.role = 'astronaut'
   OR (p)-[:WORKS_FOR]->(:Agency {name: 'NASA'})
RETURN DISTINCT p.name AS astronaut, flight.name AS flight, vehicle.name AS vehicle,
       operator.name AS operator
ORDER BY astronaut, flight;
